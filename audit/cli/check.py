"""`audit check`: audit and print or save the findings."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from time import process_time
from typing import Annotated

import typer

from audit.cli.options import (
    INPUT_ERRORS,
    AuditOptions,
    BeamOpt,
    BtColOpt,
    CacheDirOpt,
    ConfigOpt,
    DeviceOpt,
    EmbeddingsOpt,
    FailOn,
    Format,
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
    message_lang,
    pipe_closed,
    run_checks,
    run_meta,
)
from audit.core.aligned import read_aligned
from audit.core.io import Columns, InputError, expand_inputs
from audit.core.output_paths import check_output_paths
from audit.outputs.formats import output_format, write_results


def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Input .txt files, directories of them, .jsonl/.csv/.tsv tables, or - for standard input.",
            show_default=False,
        ),
    ] = None,
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
    embeddings: EmbeddingsOpt = False,
    metrics: MetricsOpt = None,
    batch_size: MtBatchOpt = None,
    mt_file: Annotated[
        Path | None,
        typer.Option(
            "--mt-file",
            "-t",
            help="Line-aligned MT: one segment per line (- for stdin), like sacrebleu/comet-score.",
        ),
    ] = None,
    src_file: Annotated[
        Path | None,
        typer.Option("--src-file", "-s", help="Line-aligned English source for -t (same number of lines)."),
    ] = None,
    ref_file: Annotated[
        Path | None,
        typer.Option("--ref-file", "-r", help="Line-aligned Hindi reference for -t (same number of lines)."),
    ] = None,
    lang: LangOpt = None,
    mt_command: MtCommandOpt = None,
    mt_url: MtUrlOpt = None,
    mt_api: MtApiOpt = MtApi.auto,
    mt_timeout: MtTimeoutOpt = None,
    mt_retries: MtRetriesOpt = 3,
    mt_concurrency: MtConcurrencyOpt = 4,
    bt_col: BtColOpt = None,
    glossary: GlossaryOpt = None,
    profile: Annotated[
        bool,
        typer.Option(
            "--profile",
            help="Print where the CPU time went (start-up, each rule, the rest) to stderr after the run.",
        ),
    ] = False,
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

      audit check -t mt.txt -s src.txt -r ref.txt --format github

      cat mt.txt | audit check - --format sarif -o audit.sarif

      audit check docs/ --lang hi

      audit check big.jsonl --no-cache --profile -o out.jsonl
    """
    began = process_time()
    try:
        segments = None
        if mt_file is not None:
            if paths:
                raise InputError("give either input paths or -t FILE (line-aligned), not both")
            segments = read_aligned(mt_file, src_file, ref_file)
            paths = [mt_file]
        elif src_file is not None or ref_file is not None:
            raise InputError("-s/-r go with -t MT_FILE (line-aligned files)")
        elif not paths:
            raise InputError("no input: give files or directories, - for stdin, or -t MT_FILE")
        if bt_col and segments is not None:
            raise InputError("--bt-col reads a column of a table input, not of -t files")
        auditor, settings = build_auditor(AuditOptions.of(locals()))
        language = message_lang(lang, settings)
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        if output is not None:
            output_format(fmt.value, output)  # a contradicting extension is refused before the audit
            named = [p for p in (src_file, ref_file) if p is not None]
            check_output_paths([("-o", output)], expand_inputs(list(paths) + named))
        rule_seconds = auditor.profile_rules() if profile else None
        loaded = process_time()
        results = run_checks(paths, columns, auditor, segments=segments)
        if rule_seconds is not None:
            typer.echo(
                profile_table(rule_seconds, len(results), loaded - began, process_time() - loaded), err=True
            )
        meta = run_meta(paths, auditor, results)
        meta["lang"] = language
        try:
            write_results(results, fmt.value, output, meta=meta, lang=language)
        except BrokenPipeError:
            raise pipe_closed() from None
    except INPUT_ERRORS as exc:
        raise err(str(exc)) from None
    severity = fail_on.value if fail_on else settings.fail_on
    raise typer.Exit(exit_code(results, severity))


def profile_table(rule_seconds: Mapping[str, float], segments: int, start_s: float, audit_s: float) -> str:
    """``--profile``'s lines: start-up (building the auditor; imports before it not counted), the
    audit (reading, rules, scores) and each rule's CPU seconds, costliest first, with its share of
    the audit and its cost per 1,000 segments. Results served from the result cache run no rule:
    profile with ``--no-cache``."""
    rules_s = sum(rule_seconds.values())
    rate = f"{segments / audit_s:,.0f} segments/CPU-s" if audit_s > 0 else "–"
    lines = [
        f"profile: {segments:,} segments; building the auditor {start_s:.2f} CPU s (tables load lazily, in the first rule that reads each); audit {audit_s:.2f} CPU s ({rate}); "
        f"rules {rules_s:.2f} s, the rest (reading, scores, findings' order) {max(audit_s - rules_s, 0.0):.2f} s",
        f"  {'rule':<6} {'CPU s':>7} {'share':>6} {'s / 1,000 seg':>14}",
    ]
    for code, spent in sorted(rule_seconds.items(), key=lambda kv: (-kv[1], kv[0])):
        share = 100 * spent / audit_s if audit_s > 0 else 0.0
        per_k = 1000 * spent / segments if segments else 0.0
        lines.append(f"  {code:<6} {spent:7.3f} {share:5.1f}% {per_k:14.3f}")
    return "\n".join(lines)
