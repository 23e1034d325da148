"""transformers seq2seq backend: Marian (opus-mt), NLLB-200 and M2M100 checkpoints."""

from __future__ import annotations

import threading
from pathlib import Path

from audit.roundtrip.base import (
    BackendUnavailableError,
    batched,
    check_direction,
    decode_limit,
    lang_code,
    length_sorted,
    register_backend,
)
from audit.roundtrip.device import default_batch_size, resolve_device, torch_dtype
from audit.roundtrip.models import LocalModelBackend, ResolvedModel


class TransformersTranslator(LocalModelBackend):
    """A seq2seq model loaded with ``from_pretrained`` from a local folder."""

    backend = "transformers"

    def __init__(
        self,
        model: ResolvedModel | Path,
        *,
        device: str = "auto",
        beam: int = 1,
        threads: int | None = None,
        batch_size: int | None = None,
        max_new_tokens: int = 256,
        fixed_new_tokens: bool = False,
    ) -> None:
        """``batch_size`` None: :func:`default_batch_size` of the device. ``fixed_new_tokens``: decode
        exactly ``max_new_tokens`` tokens per segment (min = max), for benchmarks at equal length."""
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as exc:
            raise BackendUnavailableError(
                "the transformers backend needs torch, transformers and sentencepiece "
                "(pip install 'hindi-mt-audit[mt]')"
            ) from exc
        resolved = self._adopt(
            model,
            "transformers",
            "is a CTranslate2 model; use --mt-backend ctranslate2",
            beam=beam,
            max_new_tokens=max_new_tokens,
            fixed_new_tokens=fixed_new_tokens,
        )
        self.device = resolve_device(device)
        self.batch_size = int(batch_size or default_batch_size(self.device))
        if threads:
            torch.set_num_threads(int(threads))
        dtype = torch_dtype(self.device)
        self.dtype = str(dtype).removeprefix("torch.")
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(resolved.path))
        self.model = AutoModelForSeq2SeqLM.from_pretrained(str(resolved.path), dtype=dtype)
        self.model.to(self.device).eval()
        self._lock = threading.Lock()  # tokenizer.src_lang is shared state

    def __repr__(self) -> str:
        return (
            f"TransformersTranslator({self.model_id!r}, device={self.device!r}, {self.dtype}, "
            f"batch {self.batch_size}, {self.decoding})"
        )

    def _gen_kwargs(self, tgt: str) -> dict:
        kwargs: dict = {
            "num_beams": self.beam,
            "do_sample": False,
            "max_new_tokens": self.max_new_tokens,
        }
        if self.fixed_new_tokens:  # exactly max_new_tokens real tokens: no EOS, not even a forced one
            kwargs["min_new_tokens"] = self.max_new_tokens
            kwargs["forced_eos_token_id"] = None
        if self.beam > 1:
            kwargs["early_stopping"] = True
        if self.family == "marian" and self.tokenizer.pad_token_id is not None:
            kwargs["bad_words_ids"] = [[self.tokenizer.pad_token_id]]
        if self.family in ("nllb", "m2m100"):
            kwargs["forced_bos_token_id"] = self.tokenizer.convert_tokens_to_ids(
                tgt if self.family == "nllb" else f"__{tgt}__"
            )
        return kwargs

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        if not texts:
            return []
        src = lang_code(self.family, src_lang)
        tgt = lang_code(self.family, tgt_lang)
        out: list[str] = [""] * len(texts)
        torch = self._torch
        with self._lock, torch.inference_mode():
            if self.family in ("nllb", "m2m100"):
                self.tokenizer.src_lang = src
            kwargs = self._gen_kwargs(tgt)
            for batch in batched(length_sorted(texts), self.batch_size):
                enc = self.tokenizer(
                    [texts[i] for i in batch],
                    return_tensors="pt",
                    padding=True,
                    truncation=True,
                    max_length=512,
                ).to(self.device)
                if not self.fixed_new_tokens:
                    kwargs["max_new_tokens"] = decode_limit(self.max_new_tokens, enc["input_ids"].shape[1])
                generated = self.model.generate(**enc, **kwargs)
                self.decoded_tokens += self._count_tokens(generated)
                decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                for i, text in zip(batch, decoded, strict=True):
                    out[i] = text.strip()
        return out

    def _count_tokens(self, generated: object) -> int:
        """Generated tokens of a batch: not the decoder start token, not padding, not EOS."""
        body = generated[:, 1:]  # type: ignore[index]
        keep = body != (self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else -1)
        if self.tokenizer.eos_token_id is not None:
            keep &= body != self.tokenizer.eos_token_id
        return int(keep.sum())

    def generate_ids(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[list[int]]:
        """Greedy/beam output token ids without special tokens (for backend equivalence checks)."""
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        torch = self._torch
        special = set(self.tokenizer.all_special_ids)
        with self._lock, torch.inference_mode():
            if self.family in ("nllb", "m2m100"):
                self.tokenizer.src_lang = lang_code(self.family, src_lang)
            enc = self.tokenizer(texts, return_tensors="pt", padding=True).to(self.device)
            kwargs = self._gen_kwargs(lang_code(self.family, tgt_lang))
            if not self.fixed_new_tokens:
                kwargs["max_new_tokens"] = decode_limit(self.max_new_tokens, enc["input_ids"].shape[1])
            generated = self.model.generate(**enc, **kwargs)
        return [[t for t in row.tolist() if t not in special] for row in generated]


@register_backend("transformers")
def make_transformers(model: ResolvedModel, **options: object) -> TransformersTranslator:
    return TransformersTranslator(model, **options)  # type: ignore[arg-type]
