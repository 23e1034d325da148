"""``audit bench roundtrip``: transformers vs CTranslate2 on the same model, at equal decoded length.

Both backends decode exactly ``max_new_tokens`` tokens for every segment (min = max new tokens:
no early end-of-sentence, not even the one transformers forces at the length limit), so their
segments/s compare the same amount of work; the table shows the decoded tokens of each to
prove it. On CPU: transformers fp32 vs CTranslate2 int8. On CUDA (``--device cuda``):
transformers in bf16 (fp16 where the GPU lacks bf16) vs CTranslate2 int8_float16, at each
batch size of ``--batch-sizes`` — the CPU default of 16 leaves a GPU idle. A CTranslate2 build
that cannot load its CUDA libraries falls back to CPU; the row then says so.

Each (backend, batch size) runs in its own child process so that its peak RSS (and, on CUDA,
peak GPU memory) is its own. The model is a random Marian (``--tiny-dim``/``--tiny-layers``;
d512/6 layers is opus-mt's shape) built on the spot, or a real one (``--model``).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from audit.dev.tiny import build_tiny_marian, hindi_sentences
from audit.roundtrip.models import convert_to_ct2, resolve_folder


def worker(
    backend: str,
    model_dir: str,
    n: int,
    threads: int,
    batch_size: int,
    max_new_tokens: int,
    device: str = "cpu",
) -> dict[str, Any]:
    """Translate ``n`` Hindi sentences hi→en with one backend, exactly ``max_new_tokens`` tokens each."""
    import resource

    sents = hindi_sentences()
    texts = [sents[i % len(sents)] for i in range(n)]
    t0 = time.perf_counter()
    opts: dict[str, Any] = {
        "device": device,
        "threads": threads,
        "batch_size": batch_size,
        "max_new_tokens": max_new_tokens,
        "fixed_new_tokens": True,
    }
    tr: Any
    if backend == "transformers":
        from audit.roundtrip.transformers_backend import TransformersTranslator

        tr = TransformersTranslator(Path(model_dir), **opts)
        dtype = tr.dtype
    else:
        from audit.roundtrip.ct2_backend import CT2Translator

        tr = CT2Translator(Path(model_dir), compute_type="int8" if device == "cpu" else None, **opts)
        dtype = tr.compute_type
    load_s = time.perf_counter() - t0
    tr.translate(texts[:batch_size], "hi", "en")  # warm-up (CUDA kernels, allocator, caches)
    tr.decoded_tokens = 0
    sync = _cuda_sync(tr)
    sync()
    t1 = time.perf_counter()
    out = tr.translate(texts, "hi", "en")
    sync()
    elapsed = time.perf_counter() - t1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "backend": backend,
        "device": tr.device,
        "dtype": dtype,
        "batch_size": tr.batch_size,
        "segments": n,
        "decoded_tokens": tr.decoded_tokens,
        "seconds": round(elapsed, 3),
        "segments_per_s": round(n / elapsed, 2),
        "tokens_per_s": round(tr.decoded_tokens / elapsed, 1),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
        "peak_gpu_mb": _gpu_peak_mb(tr),
        "fallback": getattr(tr, "fallback", None),
        "outputs": out,
    }


def _cuda_sync(tr: Any) -> Any:
    if tr.device == "cuda" and tr.backend == "transformers":
        return tr._torch.cuda.synchronize
    return lambda: None


def _gpu_peak_mb(tr: Any) -> float | None:
    if tr.device == "cuda" and tr.backend == "transformers":
        return round(tr._torch.cuda.max_memory_allocated() / 2**20, 1)
    return None


def _child(
    backend: str, model_dir: Path, n: int, threads: int, batch_size: int, max_new_tokens: int, device: str
) -> dict[str, Any]:
    code = (
        "import json,sys;from audit.dev.roundtrip_bench import worker;"
        f"print(json.dumps(worker({backend!r},{str(model_dir)!r},{n},{threads},{batch_size},{max_new_tokens},"
        f"{device!r})))"
    )
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{backend} benchmark failed:\n{proc.stderr[-2000:]}")
    for line in proc.stderr.splitlines():  # the backends' one-line warnings (CT2 CUDA fallback)
        if line.startswith("warning:"):
            sys.stderr.write(line + "\n")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def compare(
    hf_dir: Path,
    ct2_dir: Path,
    label: str,
    n: int,
    threads: int,
    batch_size: int,
    max_new_tokens: int,
    repeat: int = 1,
    device: str = "cpu",
) -> dict[str, Any]:
    """Alternate the two backends ``repeat`` times; keep each one's median run."""
    runs: dict[str, list[dict[str, Any]]] = {"transformers": [], "ctranslate2": []}
    for _ in range(max(1, repeat)):
        runs["transformers"].append(
            _child("transformers", hf_dir, n, threads, batch_size, max_new_tokens, device)
        )
        runs["ctranslate2"].append(
            _child("ctranslate2", ct2_dir, n, threads, batch_size, max_new_tokens, device)
        )
    hf, ct = (sorted(v, key=lambda r: r["segments_per_s"])[len(v) // 2] for v in runs.values())
    same = sum(a == b for a, b in zip(hf.pop("outputs"), ct.pop("outputs"), strict=True))
    for r in runs.values():
        for x in r:
            x.pop("outputs", None)
    return {
        "model": label,
        "device": device,
        "threads": threads,
        "batch_size": batch_size,
        "max_new_tokens": max_new_tokens,
        "transformers": hf,
        "ctranslate2": ct,
        "repeat": max(1, repeat),
        "all_segments_per_s": {k: [x["segments_per_s"] for x in v] for k, v in runs.items()},
        "speedup": round(ct["segments_per_s"] / hf["segments_per_s"], 2),
        "equal_length": hf["decoded_tokens"] == ct["decoded_tokens"] == n * max_new_tokens,
        "identical_outputs": round(same / n, 3),
    }


def run_bench(
    model: Path | None = None,
    n: int = 64,
    threads: int = 1,
    batch_sizes: tuple[int, ...] = (16,),
    max_new_tokens: int = 64,
    tiny_dim: int = 256,
    tiny_layers: int = 2,
    repeat: int = 1,
    device: str = "cpu",
) -> list[dict[str, Any]]:
    """The tiny model always; a real hi→en model too when ``model`` (or ``$AUDIT_MODEL_DIR``) is given.

    One row per (model, batch size). Raises :class:`audit.roundtrip.device.DeviceUnavailableError`
    for ``device="cuda"`` on a machine where torch sees no GPU.
    """
    from audit.roundtrip.device import resolve_device

    device = resolve_device(device)
    rows = []
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        tiny = build_tiny_marian(
            Path(tmp) / "tiny-hi-en",
            d_model=tiny_dim,
            layers=tiny_layers,
            ffn=4 * tiny_dim,
            heads=max(4, tiny_dim // 64),
        )
        convert_to_ct2(tiny, Path(tmp) / "tiny-ct2", quantization="int8")
        label = f"tiny-random-marian d{tiny_dim} L{tiny_layers}"
        models = [(tiny, Path(tmp) / "tiny-ct2", label)]
        real = model or (Path(os.environ["AUDIT_MODEL_DIR"]) if os.environ.get("AUDIT_MODEL_DIR") else None)
        if real is not None:
            resolved = resolve_folder(real)
            if resolved.kind != "transformers":
                raise ValueError(f"{real}: give the transformers folder; the bench converts it itself")
            convert_to_ct2(real, Path(tmp) / "real-ct2", quantization="int8")
            models.append((real, Path(tmp) / "real-ct2", resolved.model_id))
        for hf_dir, ct_dir, name in models:
            for bs in batch_sizes:
                rows.append(compare(hf_dir, ct_dir, name, n, threads, bs, max_new_tokens, repeat, device))
    return rows
