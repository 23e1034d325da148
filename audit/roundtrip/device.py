"""Where the round-trip models run: device resolution, batch size per device, dtypes.

One place for the decisions every backend and the benchmark share:

* :func:`resolve_device` — ``auto`` → ``cuda`` when torch sees a GPU, else ``cpu``; an explicit
  ``cuda`` on a machine without one is a :class:`DeviceUnavailableError` (a usage error: one
  line, exit 2), never a silent CPU run nor a traceback.
* :func:`default_batch_size` — the CPU default (16) leaves a GPU idle: on CUDA the batch grows
  with the card's memory (``--batch-size`` overrides it).
* :func:`torch_dtype` — bf16 on GPUs that support it, else fp16; fp32 on CPU.
* :func:`ct2_compute_type` — int8 on CPU, int8_float16 (or int8_bfloat16 / int8) on CUDA,
  whichever CTranslate2 reports as supported.
"""

from __future__ import annotations

from typing import Any

from audit.roundtrip.base import RoundTripError

DEVICES = ("auto", "cpu", "cuda")
CPU_BATCH = 16


class DeviceUnavailableError(RoundTripError, ValueError):
    """``--device cuda`` (or another bad device) on a machine that cannot honour it: exit 2."""


def _torch() -> Any:
    try:
        import torch
    except ImportError:
        return None
    return torch


def cuda_available(library: str = "torch") -> bool:
    """True when ``library`` (torch or ctranslate2) sees a CUDA device; False when it is missing."""
    if library == "ctranslate2":
        try:
            import ctranslate2

            return ctranslate2.get_cuda_device_count() > 0
        except Exception:
            return False
    torch = _torch()
    return bool(torch is not None and torch.cuda.is_available())


def resolve_device(device: str = "auto", library: str = "torch") -> str:
    """``cpu`` or ``cuda`` for a requested ``auto``/``cpu``/``cuda``, as ``library`` sees the machine.

    >>> resolve_device("cpu")
    'cpu'
    """
    if device not in DEVICES:
        raise DeviceUnavailableError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device == "cpu":
        return "cpu"
    if cuda_available(library):
        return "cuda"
    if device == "cuda":
        raise DeviceUnavailableError(
            f"--device cuda: {library} sees no CUDA device on this machine (use --device cpu or auto)"
        )
    return "cpu"


def default_batch_size(device: str) -> int:
    """Segments per batch: 16 on CPU; on CUDA 64, 128 or 256 by the card's memory (< 12, < 40, ≥ 40 GB).

    A round-trip model (Marian base, NLLB-600M) is small next to a GPU's memory; what fills
    the card is the batch. The issue's H100 measurement: 59.5 segments/s at batch 32, 168.8 at 128.
    """
    if device != "cuda":
        return CPU_BATCH
    torch = _torch()
    try:
        gb = torch.cuda.get_device_properties(0).total_memory / 2**30
    except Exception:  # pragma: no cover - only on a GPU machine with a broken driver
        return 64
    return 64 if gb < 12 else 128 if gb < 40 else 256


def torch_dtype(device: str) -> Any:
    """bf16 where the GPU supports it (Ampere and newer), else fp16; fp32 on CPU."""
    torch = _torch()
    if device != "cuda":
        return torch.float32
    return torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16


def ct2_compute_type(device: str) -> str:
    """int8 on CPU; on CUDA the first of int8_float16, int8_bfloat16, float16, int8 CTranslate2 supports."""
    if device != "cuda":
        return "int8"
    try:
        import ctranslate2

        supported = ctranslate2.get_supported_compute_types("cuda")
    except Exception:  # CUDA libraries not loadable: the backend falls back to CPU itself
        return "int8_float16"
    for kind in ("int8_float16", "int8_bfloat16", "float16", "int8"):
        if kind in supported:
            return kind
    return "default"
