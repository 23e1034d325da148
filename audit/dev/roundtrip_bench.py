"""``audit bench roundtrip``: transformers fp32 vs CTranslate2 int8 on the same model, side by side.

Each backend runs in its own child process so that its peak RSS is its own.
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
from audit.roundtrip.base import Translator
from audit.roundtrip.ct2_backend import CT2Translator
from audit.roundtrip.models import convert_to_ct2, resolve_folder
from audit.roundtrip.transformers_backend import TransformersTranslator


def worker(backend: str, model_dir: str, n: int, threads: int, batch_size: int, max_new_tokens: int) -> dict:
    """Translate ``n`` Hindi sentences hi→en with one backend; return throughput and peak RSS."""
    import resource

    sents = hindi_sentences()
    texts = [sents[i % len(sents)] for i in range(n)]
    t0 = time.perf_counter()
    opts: dict[str, Any] = {"device": "cpu", "threads": threads, "batch_size": batch_size, "max_new_tokens": max_new_tokens}
    tr: Translator
    if backend == "transformers":
        tr = TransformersTranslator(Path(model_dir), **opts)
        dtype = "fp32"
    else:
        tr = CT2Translator(Path(model_dir), compute_type="int8", **opts)
        dtype = "int8"
    load_s = time.perf_counter() - t0
    tr.translate(texts[:batch_size], "hi", "en")  # warm-up
    t1 = time.perf_counter()
    out = tr.translate(texts, "hi", "en")
    elapsed = time.perf_counter() - t1
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "backend": backend,
        "dtype": dtype,
        "segments": n,
        "seconds": round(elapsed, 3),
        "segments_per_s": round(n / elapsed, 2),
        "load_s": round(load_s, 2),
        "peak_rss_mb": round(rss_mb, 1),
        "outputs": out,
    }


def _child(backend: str, model_dir: Path, n: int, threads: int, batch_size: int, max_new_tokens: int) -> dict:
    code = (
        "import json,sys;from audit.dev.roundtrip_bench import worker;"
        f"print(json.dumps(worker({backend!r},{str(model_dir)!r},{n},{threads},{batch_size},{max_new_tokens})))"
    )
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{backend} benchmark failed:\n{proc.stderr[-2000:]}")
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
) -> dict:
    """Alternate the two backends ``repeat`` times; keep each one's best run (least disturbed by load)."""
    hf: dict = {}
    ct: dict = {}
    for _ in range(max(1, repeat)):
        a = _child("transformers", hf_dir, n, threads, batch_size, max_new_tokens)
        b = _child("ctranslate2", ct2_dir, n, threads, batch_size, max_new_tokens)
        hf = a if not hf or a["segments_per_s"] > hf["segments_per_s"] else hf
        ct = b if not ct or b["segments_per_s"] > ct["segments_per_s"] else ct
    same = sum(a == b for a, b in zip(hf.pop("outputs"), ct.pop("outputs"), strict=True))
    return {
        "model": label,
        "threads": threads,
        "batch_size": batch_size,
        "max_new_tokens": max_new_tokens,
        "transformers": hf,
        "ctranslate2": ct,
        "repeat": max(1, repeat),
        "speedup": round(ct["segments_per_s"] / hf["segments_per_s"], 2),
        "identical_outputs": round(same / n, 3),
    }


def run_bench(
    model: Path | None = None,
    n: int = 64,
    threads: int = 1,
    batch_size: int = 16,
    max_new_tokens: int = 64,
    tiny_dim: int = 256,
    tiny_layers: int = 2,
    repeat: int = 1,
) -> list[dict]:
    """The tiny model always; a real hi→en model too when ``model`` (or ``$AUDIT_MODEL_DIR``) is given."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="audit-bench-") as tmp:
        tiny = build_tiny_marian(
            Path(tmp) / "tiny-hi-en", d_model=tiny_dim, layers=tiny_layers, ffn=4 * tiny_dim, heads=4
        )
        convert_to_ct2(tiny, Path(tmp) / "tiny-ct2", quantization="int8")
        label = f"tiny-random-marian d{tiny_dim} L{tiny_layers}"
        rows.append(compare(tiny, Path(tmp) / "tiny-ct2", label, n, threads, batch_size, max_new_tokens, repeat))
        real = model or (Path(os.environ["AUDIT_MODEL_DIR"]) if os.environ.get("AUDIT_MODEL_DIR") else None)
        if real is not None:
            resolved = resolve_folder(real)
            src = real if resolved.kind == "transformers" else None
            if src is None:
                raise ValueError(f"{real}: give the transformers folder; the bench converts it itself")
            convert_to_ct2(src, Path(tmp) / "real-ct2", quantization="int8")
            rows.append(
                compare(src, Path(tmp) / "real-ct2", resolved.model_id, n, threads, batch_size, 256, repeat)
            )
    return rows
