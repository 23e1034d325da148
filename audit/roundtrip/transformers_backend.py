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
from audit.roundtrip.models import ResolvedModel, resolve_folder


def pick_device(device: str = "auto", check_cuda: bool = True) -> str:
    """``auto`` → ``cuda`` when torch sees a GPU, else ``cpu``; ``cuda`` without one is an error
    (``check_cuda=False`` leaves that check to a backend with its own CUDA runtime)."""
    if device not in ("auto", "cpu", "cuda"):
        raise BackendUnavailableError(f"--device must be auto, cpu or cuda, not {device!r}")
    if device == "auto" or (device == "cuda" and check_cuda):
        try:
            import torch

            has_cuda = bool(torch.cuda.is_available())
        except ImportError:
            has_cuda = False
        if device == "auto":
            return "cuda" if has_cuda else "cpu"
        if not has_cuda:
            raise BackendUnavailableError("--device cuda: no CUDA device is available (torch sees no GPU); "
                                          "use --device cpu or auto")
    return device


class TransformersTranslator:
    """A seq2seq model loaded with ``from_pretrained`` from a local folder."""

    backend = "transformers"

    def __init__(
        self,
        model: ResolvedModel | Path,
        *,
        device: str = "auto",
        beam: int = 1,
        threads: int | None = None,
        batch_size: int = 16,
        max_new_tokens: int = 256,
    ) -> None:
        try:
            import torch
            from transformers import AutoModelForSeq2SeqLM, AutoTokenizer
        except ImportError as exc:
            raise BackendUnavailableError(
                "the transformers backend needs torch, transformers and sentencepiece "
                "(pip install 'hindi-mt-audit[mt]')"
            ) from exc
        resolved = model if isinstance(model, ResolvedModel) else resolve_folder(Path(model))
        if resolved.kind != "transformers":
            raise BackendUnavailableError(f"{resolved.path} is a CTranslate2 model; use --mt-backend ctranslate2")
        self.resolved = resolved
        self.model_id = resolved.model_id
        self.revision = resolved.revision
        self.family = resolved.family
        self.direction = resolved.direction
        self.beam = max(1, int(beam))
        self.decoding = "greedy" if self.beam == 1 else f"beam{self.beam}"
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.device = pick_device(device)
        if threads:
            torch.set_num_threads(int(threads))
        dtype = torch.float16 if self.device == "cuda" else torch.float32
        self._torch = torch
        self.tokenizer = AutoTokenizer.from_pretrained(str(resolved.path))
        self.model = AutoModelForSeq2SeqLM.from_pretrained(str(resolved.path), dtype=dtype)
        self.model.to(self.device).eval()
        self._lock = threading.Lock()  # tokenizer.src_lang is shared state

    def __repr__(self) -> str:
        return f"TransformersTranslator({self.model_id!r}, device={self.device!r}, {self.decoding})"

    def _gen_kwargs(self, tgt: str) -> dict:
        kwargs: dict = {
            "num_beams": self.beam,
            "do_sample": False,
            "max_new_tokens": self.max_new_tokens,
        }
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
                    [texts[i] for i in batch], return_tensors="pt", padding=True, truncation=True, max_length=512
                ).to(self.device)
                kwargs["max_new_tokens"] = decode_limit(self.max_new_tokens, enc["input_ids"].shape[1])
                generated = self.model.generate(**enc, **kwargs)
                decoded = self.tokenizer.batch_decode(generated, skip_special_tokens=True)
                for i, text in zip(batch, decoded, strict=True):
                    out[i] = text.strip()
        return out

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
            kwargs["max_new_tokens"] = decode_limit(self.max_new_tokens, enc["input_ids"].shape[1])
            generated = self.model.generate(**enc, **kwargs)
        return [[t for t in row.tolist() if t not in special] for row in generated]


@register_backend("transformers")
def make_transformers(model: ResolvedModel, **options: object) -> TransformersTranslator:
    return TransformersTranslator(model, **options)  # type: ignore[arg-type]
