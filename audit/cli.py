"""The `audit` command line: a thin layer over :class:`audit.Auditor`."""

from __future__ import annotations

import datetime as _dt
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from audit import __version__
from audit.io import Columns, InputError


def _input_errors() -> tuple[type[Exception], ...]:
    from audit.report.decisions import DecisionsError

    return (InputError, DecisionsError)

app = typer.Typer(
    name="audit",
    help=(
        "Quality auditor for machine-translated Hindi.\n\n"
        "Flags likely mistranslations (calqued names, literal idioms, decoder loops, "
        "transliterated English, source mismatches), explains each, round-trips flagged "
        "text through an MT model, scores it and writes an HTML report.\n\n"
        "Examples:\n\n"
        "  audit run seeds/ -o reports/seeds.html\n\n"
        "  audit check seeds/000_b5cbbbd206f6dfd5.txt --format table\n\n"
        "  audit check data.csv --src-col english --format jsonl -o results.jsonl\n\n"
        "  audit rules HI101"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"


class FailOn(str, Enum):
    minor = "minor"
    major = "major"
    critical = "critical"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class RoundtripMode(str, Enum):
    flagged = "flagged"
    all = "all"
    none = "none"


def _err(message: str, code: int = 2) -> typer.Exit:
    from audit.terminal import printable

    typer.secho(f"error: {printable(message, one_line=True)}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def _pipe_closed() -> typer.Exit:
    """The reader of stdout went away (`audit check … | head`): exit quietly, as a Unix tool killed
    by SIGPIPE does (141) — neither 1 (findings) nor 2 (error) — without a message."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not fail again
    return typer.Exit(141)


def _split_codes(values: list[str] | None) -> list[str]:
    return [c.strip() for v in values or [] for c in v.split(",") if c.strip()]


# Options shared by `check` and `run` ---------------------------------------------------
PathsArg = Annotated[list[Path], typer.Argument(help="Input .txt files, directories of them, or .jsonl/.csv/.tsv tables.",
                                                show_default=False)]
SelectOpt = Annotated[list[str] | None, typer.Option("--select", help="Rule codes or prefixes to run, e.g. HI1,HI201.")]
IgnoreOpt = Annotated[list[str] | None, typer.Option("--ignore", help="Rule codes or prefixes to skip, e.g. HI4.")]
ConfigOpt = Annotated[Path | None, typer.Option("--config", help="Settings file (default: nearest audit.toml or "
                                                "pyproject.toml with [tool.audit]).")]
ThresholdOpt = Annotated[float | None, typer.Option("--threshold", min=0.0, max=1.0,
                                                    help="Flag segments with risk ≥ this (default: calibrated).")]
RefCorpusOpt = Annotated[list[Path] | None, typer.Option("--reference-corpus", help="Trusted Hindi text (files or "
                                                         "dirs) whose spellings of names are preferred.")]
MtColOpt = Annotated[str, typer.Option("--mt-col", help="Column with the Hindi MT (tables).")]
SrcColOpt = Annotated[str, typer.Option("--src-col", help="Column with the English source (tables).")]
RefColOpt = Annotated[str, typer.Option("--ref-col", help="Column with a human reference (tables).")]
IdColOpt = Annotated[str, typer.Option("--id-col", help="Column with a segment id (tables).")]
MtModelOpt = Annotated[str | None, typer.Option("--mt-model", help="Round-trip model: a name from `audit models list` "
                                                "or a local folder (default: opus-mt-hi-en when present).")]
MtBackendOpt = Annotated[str, typer.Option("--mt-backend", help="Round-trip backend: auto, transformers, ctranslate2, gloss.")]
RoundtripOpt = Annotated[RoundtripMode, typer.Option("--roundtrip", help="Which segments to round-trip.")]
DeviceOpt = Annotated[str, typer.Option("--device", help="auto, cpu or cuda (round-trip models).")]
CacheDirOpt = Annotated[Path | None, typer.Option("--cache-dir", help="Translation/embedding cache (default: "
                                                  "$AUDIT_CACHE_DIR or the platform cache folder).")]
MtThreadsOpt = Annotated[int | None, typer.Option("--mt-threads", min=1, help="CPU threads for the MT model.")]
BeamOpt = Annotated[int, typer.Option("--beam", min=1, help="Beam size (1 = greedy); decoding is deterministic.")]
NoCacheOpt = Annotated[bool, typer.Option("--no-cache", help="Audit every document again even when an unchanged "
                                          "copy was audited with the same settings (results are cached).")]
DecisionsOpt = Annotated[Path | None, typer.Option("--decisions", help="Decisions exported from a report; dismissed "
                                                   "findings on unchanged text stay dismissed.")]


def _build(select, ignore, config, threshold, reference_corpus, mt_model, mt_backend, roundtrip, device, cache_dir,
           mt_threads=None, beam=1, no_cache=False):
    from audit.auditor import Auditor
    from audit.config import load_settings

    settings = load_settings(config)
    refs = [str(p) for p in reference_corpus or []] or settings.reference_corpus
    for ref in refs:
        if not Path(ref).exists():
            raise InputError(f"{ref}: reference corpus not found (--reference-corpus)")
    try:
        auditor = Auditor(
            select=_split_codes(select) or settings.select,
            ignore=_split_codes(ignore) or settings.ignore,
            reference_corpus=refs,
            threshold=threshold if threshold is not None else settings.threshold,
            cache=not no_cache,
            cache_dir=cache_dir,
        )
    except ValueError as exc:  # an unknown --select/--ignore code, a threshold out of range
        raise InputError(str(exc)) from None
    if not auditor.rules:
        raise InputError("no rules selected: check --select/--ignore (see `audit rules`)")
    mode = roundtrip.value if roundtrip is not None else settings.roundtrip
    auditor.roundtrip_mode = mode
    if mode != "none":
        from audit.roundtrip import RoundTripError

        try:
            auditor.setup_roundtrip(mt_model or settings.mt_model, backend=mt_backend, device=device,
                                    cache_dir=cache_dir, threads=mt_threads, beam=beam)
        except RoundTripError as exc:
            raise InputError(str(exc)) from None
    else:
        auditor.roundtrip_note = "round-trip off (--roundtrip none)"
    return auditor, settings


def _meta(paths: list[Path], auditor: Any, results: list[Any]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "tool": "hindi-mt-audit",
        "version": __version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in paths],
        "rules": [{"code": r.code, "name": r.name, "category": r.category} for r in auditor.rules],
        "threshold": auditor.effective_threshold,
        "roundtrip_note": auditor.roundtrip_note,
        "models": [],
        "signatures": {},
    }
    rt = auditor.roundtripper
    if rt is not None:
        meta["models"] = [rt.label]
        if not rt.is_gloss:
            from audit.roundtrip import sacrebleu_signatures

            meta["signatures"].update({f"roundtrip {k}": v for k, v in sacrebleu_signatures().items()})
    with_ref = [r for r in results if r.segment.ref and r.segment.is_hindi]
    if with_ref:
        from audit.scoring import corpus_ref_scores

        corpus, signatures = corpus_ref_scores([r.segment.text for r in with_ref], [r.segment.ref for r in with_ref])
        meta["corpus_scores"] = {k: round(v, 2) for k, v in corpus.items()}
        meta["signatures"].update(signatures)
    return meta


def _run_checks(paths, columns, auditor, progress: bool = True):
    from audit.io import read_inputs

    segments = read_inputs(paths, columns)
    if progress and sys.stderr.isatty() and len(segments) > 50:
        from rich.progress import track

        results = []
        for r in track(auditor.iter_check(segments), total=len(segments), description="auditing", transient=True):
            results.append(r)
    else:
        results = list(auditor.iter_check(segments))
    auditor.apply_roundtrip(results)
    return results


def _exit_code(results, fail_on: str | None) -> int:
    if not fail_on:
        return 0
    from audit.model import severity_rank

    limit = severity_rank(fail_on)
    hit = any(severity_rank(f.severity) >= limit for r in results for f in r.findings
              if not (f.evidence or {}).get("dismissed"))
    return 1 if hit else 0


@app.command()
def check(
    paths: PathsArg,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="Output format.")] = Format.table,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    select: SelectOpt = None,
    ignore: IgnoreOpt = None,
    config: ConfigOpt = None,
    threshold: ThresholdOpt = None,
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", help="Exit 1 if a finding at or above this "
                                                   "severity is found.")] = None,
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
        auditor, settings = _build(select, ignore, config, threshold, reference_corpus, mt_model, mt_backend,
                                   roundtrip, device, cache_dir, mt_threads, beam, no_cache)
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        if output is not None:
            from audit.io import expand_inputs
            from audit.output import output_format
            from audit.output_paths import check_output_paths

            output_format(fmt.value, output)  # refuse a contradicting extension before the audit
            check_output_paths([("-o", output)], expand_inputs(paths))
        results = _run_checks(paths, columns, auditor)
        from audit.output import write_results

        try:
            write_results(results, fmt.value, output, meta=_meta(paths, auditor, results))
        except BrokenPipeError:
            raise _pipe_closed() from None
    except _input_errors() as exc:
        raise _err(str(exc)) from None
    severity = fail_on.value if fail_on else settings.fail_on
    raise typer.Exit(_exit_code(results, severity))


@app.command()
def run(
    paths: PathsArg,
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML report to write; results go beside it "
                                         "(.jsonl).")] = Path("reports/audit.html"),
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
    jobs: Annotated[int, typer.Option("--jobs", "-j", min=1, help="Worker processes for the checks.")] = 1,
    resume: Annotated[bool, typer.Option("--resume", help="Continue an interrupted run: skip segments already in "
                                         "the results JSONL.")] = False,
    engine: Annotated[Engine, typer.Option("--engine", help="local (processes) or dask.")] = Engine.local,
    dask_address: Annotated[str | None, typer.Option("--dask-address", help="Scheduler of an existing Dask cluster "
                                                     "(default: a local cluster of --jobs workers).")] = None,
    parquet: Annotated[Path | None, typer.Option("--parquet", help="Also write the results as Parquet.")] = None,
) -> None:
    """Audit, round-trip the flagged segments and write the HTML report plus JSONL results.

    Results stream to disk as they are audited (large inputs are never held in memory);
    --jobs N audits documents in N worker processes, --resume continues an interrupted run.

    Examples:

      audit run seeds/ -o reports/seeds.html

      audit run batch.csv --src-col english -o reports/batch.html --roundtrip all

      audit run big.jsonl -o reports/big.html --jobs 2 --parquet reports/big.parquet

      audit run seeds/ --decisions reviewed.json -o reports/seeds-v2.html
    """
    from audit.batch import RunInterrupted, run_streaming

    try:
        mode = RoundtripMode.none if no_roundtrip else roundtrip
        auditor, settings = _build(select, ignore, config, threshold, reference_corpus, mt_model, mt_backend,
                                   mode, device, cache_dir, mt_threads, beam, no_cache)
        columns = Columns(mt=mt_col, src=src_col, ref=ref_col, id=id_col)
        auditor_kwargs = {
            "select": [r.code for r in auditor.rules],
            "reference_corpus": [str(p) for p in reference_corpus or []] or settings.reference_corpus,
            "threshold": auditor.threshold,
            "cache": not no_cache,
            "cache_dir": str(cache_dir) if cache_dir else None,
        }
        options = {"roundtrip": mode.value, "mt_model": mt_model, "mt_backend": mt_backend, "beam": beam,
                   "roundtrip_model": auditor.roundtripper.label if auditor.roundtripper is not None else None,
                   "decisions": _file_digest(decisions)}
        with _sigterm_as_interrupt():
            summary = run_streaming(
                paths, columns, auditor_kwargs, output.with_suffix(".jsonl"), jobs=jobs, resume=resume,
                engine=engine.value, parquet_path=parquet, progress=True, report_html=output,
                meta=_meta(paths, auditor, []), finish=auditor.apply_roundtrip, decisions=decisions,
                dask_address=dask_address, settings=options,
            )
    except RunInterrupted as exc:
        raise _err(str(exc), 130) from None
    except _input_errors() as exc:
        raise _err(str(exc)) from None
    typer.echo(f"{summary['segments']} segments ({summary['hindi_segments']} Hindi), {summary['flagged']} flagged, "
               f"{summary['findings']} findings" + (f", {summary['resumed_skipped']} already done (--resume)"
                                                    if summary.get("resumed_skipped") else ""))
    if auditor.roundtrip_note:
        typer.echo(auditor.roundtrip_note)
    typer.echo(f"report:  {summary['report']}")
    typer.echo(f"results: {summary['results']}" + (f"  (+ {summary['parquet']})" if summary.get("parquet") else ""))


def _file_digest(path: Path | None) -> str | None:
    """sha256 of a file that changes the output (``--decisions``), part of the run's fingerprint."""
    if path is None:
        return None
    import hashlib

    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


class _sigterm_as_interrupt:
    """During a run, SIGTERM stops it like Ctrl-C: the records so far are kept for --resume."""

    def __enter__(self) -> None:
        import signal

        def handler(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        try:
            self._old = signal.signal(signal.SIGTERM, handler)
        except ValueError:  # not the main thread
            self._old = None

    def __exit__(self, *exc: Any) -> None:
        import signal

        if self._old is not None:
            signal.signal(signal.SIGTERM, self._old)


@app.command()
def report(
    results: Annotated[Path, typer.Argument(help="Results saved by `audit check --format jsonl`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("reports/audit.html"),
    decisions: DecisionsOpt = None,
) -> None:
    """Write the HTML report from saved JSONL results.

    Example:

      audit check seeds/ --format jsonl -o out.jsonl && audit report out.jsonl -o reports/out.html
    """
    from audit.io import read_jsonl_records
    from audit.records import result_record

    try:
        records = [result_record(results, lineno, rec) for lineno, rec in read_jsonl_records(results)]
        from audit.output_paths import check_output_paths

        check_output_paths([("-o", output)], [results] + ([decisions] if decisions else []))
        if not records:
            raise InputError(f"{results}: no records")
        from audit.report import write_report

        if decisions is not None:
            from audit.report.decisions import apply_decisions, load_decisions

            apply_decisions(records, load_decisions(decisions))
        meta = {"tool": "hindi-mt-audit", "version": __version__, "inputs": [str(results)],
                "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")}
        write_report(records, output, meta)
    except _input_errors() as exc:
        raise _err(str(exc)) from None
    typer.echo(f"report: {output}")


@app.command()
def rules(
    code: Annotated[str | None, typer.Argument(help="A rule code (e.g. HI101) to show its documentation.")] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Print the rule table as Markdown "
                                           "(docs/rules/README.md).")] = False,
) -> None:
    """List the rules, or show one rule's documentation and examples.

    Examples:

      audit rules

      audit rules HI101
    """
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from audit.checks.base import REGISTRY, iter_rules

    if markdown:
        from audit.checks.base import rules_markdown

        typer.echo(rules_markdown(), nl=False)
        return
    console = Console()
    all_rules = list(iter_rules())
    if code is None:
        table = Table(title=f"{len(all_rules)} rules")
        for col in ("code", "name", "category", "severity", "summary"):
            table.add_column(col)
        for r in all_rules:
            table.add_row(r.code, r.name, r.category, r.severity, escape(r.summary + (" (needs src)" if r.needs_source else "")))
        console.print(table)
        return
    rule = REGISTRY.get(code.upper())
    if rule is None:
        raise _err(f"unknown rule {code!r}; `audit rules` lists them")
    console.print(f"[bold]{rule.code}[/bold] {rule.name}  ({rule.category}, {rule.severity}"
                  f"{', needs src' if rule.needs_source else ''})")
    console.print(escape(rule.summary))
    if rule.doc:
        console.print()
        console.print(escape(rule.doc))
    if rule.examples:
        console.print("\n[bold]Examples[/bold]")
        for bad, good in rule.examples:
            console.print(f"  [red]✗[/red] {escape(bad)}")
            console.print(f"  [green]✓[/green] {escape(good)}")


@app.command(hidden=False)
def calibrate(
    train: Annotated[Path, typer.Option(help="IndicMT-Eval style JSONL to fit on.")] = Path(
        "../shared/data/indicmt_eval_hin_train.jsonl"),
    val: Annotated[Path, typer.Option(help="JSONL to choose the threshold on.")] = Path(
        "../shared/data/indicmt_eval_hin_val.jsonl"),
    output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the weights.")] = Path(
        __file__).parent / "data" / "risk_weights.json",
    which: Annotated[str, typer.Option("--model", help="hindi_only, with_source or all.")] = "all",
) -> None:
    """Refit the risk model (developers): ridge on MQM + Platt scaling, threshold on val.

    Example:

      audit calibrate --train ../shared/data/indicmt_eval_hin_train.jsonl -o audit/data/risk_weights.json
    """
    from audit.calibrate import fit, write_models

    for p in (train, val):
        if not p.is_file():
            raise _err(f"{p}: not found")
    import json

    models = {}
    if output.is_file():
        from audit.risk import RiskModel

        models = {k: RiskModel.from_json(v) for k, v in json.loads(output.read_text(encoding="utf-8")).items()}
    for name, with_source in (("hindi_only", False), ("with_source", True)):
        if which not in ("all", name):
            continue
        model, metrics = fit(train, val, with_source=with_source)
        models[name] = model
        typer.echo(f"{name}: {metrics}")
    write_models(models, output)
    typer.echo(f"wrote {output}")


def _mount_subapps() -> None:
    try:
        from audit.roundtrip.cli import cache_app, models_app
    except ImportError:  # pragma: no cover - the round-trip package is part of the install
        return
    app.add_typer(models_app, name="models", help="List, fetch and convert round-trip MT models.")
    app.add_typer(cache_app, name="cache", help="Inspect or clear the translation/embedding cache.")


_mount_subapps()


def _mount_batch_commands() -> None:
    from audit.cli_batch import bench_app, regress_command

    app.command("regress")(regress_command)
    app.add_typer(bench_app, name="bench", help="Benchmarks: check throughput and round-trip backends.")


_mount_batch_commands()


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"hindi-mt-audit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Quality auditor for machine-translated Hindi."""


def main() -> None:
    """The console entry point: the app, plus the failures no command should print a traceback for."""
    from audit.terminal import printable

    try:
        app()
    except BrokenPipeError:
        raise SystemExit(_pipe_closed().exit_code) from None
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except OSError as exc:  # a disk or permission problem outside the commands' own handling
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"error: {printable(where, one_line=True)}{exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
