"""CTranslate2 backend: runs a model converted by ``audit models convert`` (int8 on CPU)."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from typing import cast

from audit.roundtrip.base import (
    BackendUnavailableError,
    batched,
    check_direction,
    decode_limit,
    lang_code,
    length_sorted,
    register_backend,
)
from audit.roundtrip.device import ct2_compute_type, default_batch_size, resolve_device
from audit.roundtrip.models import LocalModelBackend, ResolvedModel


class CT2Translator(LocalModelBackend):
    """Same interface as :class:`TransformersTranslator`, decoding with CTranslate2."""

    backend = "ctranslate2"

    def __init__(
        self,
        model: ResolvedModel | Path,
        *,
        device: str = "auto",
        beam: int = 1,
        threads: int | None = None,
        batch_size: int | None = None,
        max_new_tokens: int = 256,
        compute_type: str | None = None,
        fixed_new_tokens: bool = False,
    ) -> None:
        """``batch_size`` None: :func:`default_batch_size` of the device. ``fixed_new_tokens``: decode
        exactly ``max_new_tokens`` tokens per segment, for benchmarks at equal length.

        When CTranslate2 sees a GPU but cannot load its CUDA libraries (a CUDA 12 build on a
        CUDA 13 machine: ``libcublas.so.12`` missing), it runs on the CPU with int8 instead and
        says so in one line on stderr.
        """
        try:
            import ctranslate2
            from transformers import AutoTokenizer
        except ImportError as exc:
            raise BackendUnavailableError(
                "the CTranslate2 backend needs ctranslate2 and transformers (pip install 'hindi-mt-audit[ct2,mt]')"
            ) from exc
        resolved = self._adopt(
            model,
            "ct2",
            "is not a CTranslate2 model; convert it first: audit models convert",
            beam=beam,
            max_new_tokens=max_new_tokens,
            fixed_new_tokens=fixed_new_tokens,
        )
        self.device = resolve_device(device, library="ctranslate2")
        self._auto_batch = not batch_size
        self.batch_size = int(batch_size or default_batch_size(self.device))
        self.compute_type = compute_type or ct2_compute_type(self.device)
        self.fallback: str | None = None  # why a CUDA request runs on the CPU
        self.tokenizer = AutoTokenizer.from_pretrained(str(resolved.path))
        self._threads = int(threads or 0)
        self.translator = self._load(ctranslate2, str(resolved.path))
        self._lock = threading.Lock()

    def _load(self, ctranslate2: object, path: str) -> object:
        """The Translator on the resolved device; on CUDA, probed with one token, CPU if that fails."""
        make = ctranslate2.Translator  # type: ignore[attr-defined]
        if self.device != "cuda":
            return make(path, device=self.device, compute_type=self.compute_type, intra_threads=self._threads)
        try:
            translator = make(path, device="cuda", compute_type=self.compute_type)
            translator.translate_batch([[self.tokenizer.eos_token or "</s>"]], max_decoding_length=1)
            return translator
        except (RuntimeError, OSError, ValueError) as exc:  # libcublas.so.12 / libcudnn not loadable
            reason = " ".join(str(exc).split())[:160]
            self.fallback = f"CTranslate2 cannot use CUDA here ({reason}); running on CPU (int8)"
            sys.stderr.write(f"warning: {self.fallback}\n")
            self.device, self.compute_type = "cpu", "int8"
            self.batch_size = (
                min(self.batch_size, default_batch_size("cpu")) if self._auto_batch else self.batch_size
            )
            return make(path, device="cpu", compute_type="int8", intra_threads=self._threads)

    def __repr__(self) -> str:
        return (
            f"CT2Translator({self.model_id!r}, device={self.device!r}, {self.compute_type}, "
            f"batch {self.batch_size}, {self.decoding})"
        )

    def _tokens(self, texts: list[str], src: str) -> list[list[str]]:
        if self.family in ("nllb", "m2m100"):
            self.tokenizer.src_lang = src
        return [
            cast(
                list[str],
                self.tokenizer.convert_ids_to_tokens(
                    self.tokenizer.encode(t, truncation=True, max_length=512)
                ),
            )
            for t in texts
        ]

    def _prefix(self, tgt: str) -> list[str] | None:
        if self.family == "nllb":
            return [tgt]
        if self.family == "m2m100":
            return [f"__{tgt}__"]
        return None

    def _run(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[list[str]]:
        src = lang_code(self.family, src_lang)
        tgt = lang_code(self.family, tgt_lang)
        out: list[list[str]] = [[] for _ in texts]
        prefix = self._prefix(tgt)
        with self._lock:
            for batch in batched(length_sorted(texts), self.batch_size):
                tokens = self._tokens([texts[i] for i in batch], src)
                if self.fixed_new_tokens:  # prefix tokens count towards CTranslate2's decoding length
                    limit = self.max_new_tokens + len(prefix or ())
                    lengths = {"max_decoding_length": limit, "min_decoding_length": limit}
                else:
                    lengths = {
                        "max_decoding_length": decode_limit(self.max_new_tokens, max(len(t) for t in tokens))
                    }
                results = self.translator.translate_batch(  # type: ignore[attr-defined]
                    tokens,
                    target_prefix=[prefix] * len(tokens) if prefix else None,
                    beam_size=self.beam,
                    max_batch_size=self.batch_size,
                    **lengths,
                )
                for i, res in zip(batch, results, strict=True):
                    hyp = res.hypotheses[0]
                    out[i] = hyp[1:] if prefix and hyp[:1] == prefix else hyp
                    self.decoded_tokens += len(out[i])
        return out

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        if not texts:
            return []
        hyps = self._run(texts, src_lang, tgt_lang)
        return [
            cast(
                str, self.tokenizer.decode(self.tokenizer.convert_tokens_to_ids(h), skip_special_tokens=True)
            ).strip()
            for h in hyps
        ]

    def generate_ids(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[list[int]]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        special = set(self.tokenizer.all_special_ids)
        return [
            [t for t in cast(list[int], self.tokenizer.convert_tokens_to_ids(h)) if t not in special]
            for h in self._run(texts, src_lang, tgt_lang)
        ]


@register_backend("ctranslate2")
def make_ct2(model: ResolvedModel, **options: object) -> CT2Translator:
    return CT2Translator(model, **options)  # type: ignore[arg-type]
