"""Typer sub-apps: ``audit models …``, ``audit cache …`` and ``audit bench roundtrip``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.table import Table

from audit.core.derived import clear_derived
from audit.core.io import InputError
from audit.core.sqlite_cache import cache_dir as default_cache_dir
from audit.core.terminal import printable
from audit.lang.embeddings import EMBEDDING_CACHE_FILE
from audit.lang.xlit import XLIT_CACHE_FILE
from audit.pipeline.result_cache import ResultCache
from audit.roundtrip.base import RoundTripError
from audit.roundtrip.cache import TranslationCache
from audit.roundtrip.cache import cache_dir as resolve_cache_dir
from audit.roundtrip.models import (
    cached_snapshot,
    convert_to_ct2,
    ct2_dir,
    fetch,
    find_spec,
    is_model_dir,
    load_manifest,
    models_dir,
    presence,
)

models_app = typer.Typer(help="Machine-translation models for the round trip.", no_args_is_help=True)
cache_app = typer.Typer(help="The on-disk translation cache.", no_args_is_help=True)
console = Console()
err = Console(stderr=True)


def _fail(message: str) -> NoReturn:
    err.print(f"error: {printable(message, one_line=True)}", markup=False, highlight=False, soft_wrap=True)
    raise typer.Exit(2)


@models_app.command("list")
def models_list(as_json: bool = typer.Option(False, "--json", help="Machine-readable output.")) -> None:
    """Known models (audit/data/models.toml) and which of them are on this machine."""
    rows = []
    for spec in load_manifest().values():
        here = presence(spec)
        rows.append({**spec.__dict__, "present": here})
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1, default=list))
        return
    from audit.outputs.tables import console as table_console
    from audit.outputs.tables import name_column

    table = Table()  # names are typed by users: never cut (full width when piped)
    name_column(table, "name", [r["name"] for r in rows])
    name_column(table, "hub id", [r["hub_id"] for r in rows])
    for header in ("revision", "licence", "size", "languages", "default", "present"):
        table.add_column(header)
    for r in rows:
        present = ", ".join(k for k, v in r["present"].items() if v) or "no"
        table.add_row(
            r["name"],
            r["hub_id"],
            r["revision"],
            r["licence"],
            f"{r['size_mb']} MB",
            "→".join(r["direction"]) if r["direction"] else "/".join(r["languages"]),
            "yes" if r["default"] else "",
            present,
        )
    table_console().print(table)


@models_app.command("fetch")
def models_fetch(name: str = typer.Argument(..., help="Manifest name, e.g. opus-mt-hi-en.")) -> None:
    """Download a model into the Hugging Face cache (HF_HOME); respects HF_HUB_OFFLINE."""
    spec = find_spec(name)
    if spec is None:
        _fail(f"unknown model {name!r}; see `audit models list`")
    try:
        path = fetch(spec)  # type: ignore[arg-type]
    except RoundTripError as exc:
        _fail(str(exc))
    except Exception as exc:  # network errors from huggingface_hub
        _fail(f"could not download {spec.hub_id}: {type(exc).__name__}: {exc}")  # type: ignore[union-attr]
    console.print(f"{spec.name}: {path} (revision {Path(path).name})", markup=False)  # type: ignore[union-attr]


@models_app.command("convert")
def models_convert(
    name: str = typer.Argument(..., help="Manifest name or a transformers model folder."),
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Default: models/<name>-ct2.")] = None,
    quantization: str = typer.Option("int8", help="int8 (CPU), int8_float16 (GPU), float16, float32."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing conversion."),
) -> None:
    """Convert a saved transformers model to CTranslate2."""
    spec = find_spec(name)
    if spec is not None:
        here = models_dir() / spec.name
        src = here if is_model_dir(here) else cached_snapshot(spec)
        if src is None:
            _fail(f"{spec.name} is not on this machine; run `audit models fetch {spec.name}` first")
        out = output or ct2_dir(spec)
        model_id = spec.hub_id
    elif Path(name).is_dir():
        src, model_id = Path(name), None
        out = output or Path(name).with_name(Path(name).name + "-ct2")
    else:
        _fail(f"{name!r} names no known model and no existing folder")
    try:
        convert_to_ct2(src, out, quantization=quantization, force=force, model_id=model_id)  # type: ignore[arg-type]
    except (RoundTripError, RuntimeError) as exc:
        _fail(str(exc))
    console.print(f"converted to {out} ({quantization})", markup=False)


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Path | None, typer.Option("--cache-dir")] = None) -> None:
    """Delete every cached translation, embedding, name transliteration, audit result and derived table
    (corrupt files included)."""
    folder = resolve_cache_dir(cache_dir)
    if folder.exists() and not folder.is_dir():
        _fail(f"{folder}: cache folder is a file, not a folder; remove it or give another --cache-dir")
    try:
        _clear_caches(cache_dir)
    except InputError as exc:
        _fail(str(exc))


def _clear_caches(cache_dir: Path | None) -> None:
    cache = TranslationCache(cache_dir)
    n = cache.clear()
    console.print(f"removed {n} cached translations from {cache.path}", markup=False)
    results = ResultCache(cache_dir)
    console.print(f"removed {results.clear()} cached document results from {results.path}", markup=False)
    embeddings = (cache_dir or default_cache_dir()) / EMBEDDING_CACHE_FILE
    if embeddings.exists():
        embeddings.unlink()
        console.print(f"removed the embedding cache {embeddings}", markup=False)
    names = (cache_dir or default_cache_dir()) / XLIT_CACHE_FILE
    if names.exists():
        names.unlink()
        console.print(f"removed the name transliteration cache {names}", markup=False)
    folder = cache_dir or default_cache_dir()
    n_derived = clear_derived(folder)
    console.print(f"removed {n_derived} derived tables from {folder / 'derived'}", markup=False)


@cache_app.command("info")
def cache_info(cache_dir: Annotated[Path | None, typer.Option("--cache-dir")] = None) -> None:
    """Where the cache is and how much it holds."""
    info = TranslationCache(cache_dir).info()
    console.print(f"{info['path']}: {info['entries']} translations, {info['bytes']} bytes", markup=False)


def bench_roundtrip(
    model: Annotated[
        Path | None, typer.Option("--model", help="A real hi→en transformers folder (or AUDIT_MODEL_DIR).")
    ] = None,
    n: int = typer.Option(64, "--segments", "-n", help="Hindi segments to translate per backend."),
    threads: int = typer.Option(1, "--threads", help="CPU threads for both backends."),
    device: str = typer.Option(
        "cpu",
        "--device",
        help="cpu, or cuda: transformers bf16/fp16 vs CTranslate2 "
        "int8_float16 on the GPU (one-line error, exit 2, without one).",
    ),
    batch_sizes: str = typer.Option(
        "",
        "--batch-size",
        "--batch-sizes",
        help="Comma-separated batch sizes to compare (default: 16 on CPU; 32,128,256 on CUDA).",
    ),
    max_new_tokens: int = typer.Option(
        64, "--max-new-tokens", help="Tokens every segment decodes, in both backends (min = max)."
    ),
    tiny_dim: int = typer.Option(256, "--tiny-dim", help="Width of the random Marian (opus-mt: 512)."),
    tiny_layers: int = typer.Option(2, "--tiny-layers", help="Layers of the random Marian (opus-mt: 6)."),
    repeat: int = typer.Option(1, "--repeat", help="Alternate the backends this many times; median kept."),
    as_json: bool = typer.Option(False, "--json"),
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Also write the rows as JSON.")
    ] = None,
) -> None:
    """Segments/s at equal decoded length: transformers vs CTranslate2 on the same model.

    Both decode exactly --max-new-tokens tokens per segment, so the ratio compares equal work.
    CPU: transformers fp32 vs CTranslate2 int8. CUDA: bf16 (fp16) vs int8_float16, per batch size.

    Examples:

      audit bench roundtrip --repeat 3

      audit bench roundtrip --device cuda --tiny-dim 512 --tiny-layers 6 -n 1024 -o gpu.json
    """
    from audit.core.io import atomic_write
    from audit.dev.roundtrip_bench import run_bench
    from audit.roundtrip.device import DeviceUnavailableError

    try:
        sizes = tuple(int(b) for b in batch_sizes.split(",") if b.strip()) or (
            (32, 128, 256) if device == "cuda" else (16,)
        )
    except ValueError:
        _fail("--batch-size takes comma-separated whole numbers")
    if any(b < 1 for b in sizes):
        _fail("--batch-size takes positive numbers")
    try:
        rows = run_bench(model, n, threads, sizes, max_new_tokens, tiny_dim, tiny_layers, repeat, device)
    except DeviceUnavailableError as exc:
        _fail(str(exc))
    if output is not None:
        with atomic_write(output) as fh:
            fh.write(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    from audit.outputs.tables import console as table_console
    from audit.outputs.tables import name_column

    table = Table()
    name_column(table, "model", [r["model"] for r in rows])
    for header in (
        "device",
        "batch",
        "backend",
        "segments/s",
        "tokens/s",
        "decoded tokens",
        "peak RSS MB",
        "peak GPU MB",
        "speed-up",
        "same output",
    ):
        table.add_column(header)
    for r in rows:
        for key in ("transformers", "ctranslate2"):
            b = r[key]
            table.add_row(
                r["model"],
                b["device"] + (" (fallback)" if b.get("fallback") else ""),
                str(b["batch_size"]),
                f"{key} {b['dtype']}",
                f"{b['segments_per_s']:.1f}",
                f"{b['tokens_per_s']:.0f}",
                str(b["decoded_tokens"]),
                f"{b['peak_rss_mb']:.0f}",
                f"{b['peak_gpu_mb']:.0f}" if b.get("peak_gpu_mb") else "–",
                f"{r['speedup']:.2f}×" if key == "ctranslate2" else "",
                f"{100 * r['identical_outputs']:.0f}%" if key == "ctranslate2" else "",
            )
    table_console().print(table)
    equal = all(r["equal_length"] for r in rows)
    console.print(
        f"device: {device}; threads: {threads}; every segment decodes {max_new_tokens} tokens in both "
        f"backends ({'checked' if equal else 'NOT equal: see decoded tokens'}); "
        "CPU target: CTranslate2 int8 ≥ 3× transformers fp32"
    )
