"""CTranslate2 backend: runs a model converted by ``audit models convert`` (int8 on CPU)."""

from __future__ import annotations

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
from audit.roundtrip.models import ResolvedModel, resolve_folder
from audit.roundtrip.transformers_backend import pick_device


class CT2Translator:
    """Same interface as :class:`TransformersTranslator`, decoding with CTranslate2."""

    backend = "ctranslate2"

    def __init__(
        self,
        model: ResolvedModel | Path,
        *,
        device: str = "auto",
        beam: int = 1,
        threads: int | None = None,
        batch_size: int = 16,
        max_new_tokens: int = 256,
        compute_type: str | None = None,
    ) -> None:
        try:
            import ctranslate2
            from transformers import AutoTokenizer
        except ImportError as exc:
            raise BackendUnavailableError(
                "the CTranslate2 backend needs ctranslate2 and transformers (pip install 'hindi-mt-audit[ct2,mt]')"
            ) from exc
        resolved = model if isinstance(model, ResolvedModel) else resolve_folder(Path(model))
        if resolved.kind != "ct2":
            raise BackendUnavailableError(
                f"{resolved.path} is not a CTranslate2 model; convert it first: audit models convert"
            )
        self.resolved = resolved
        self.model_id = resolved.model_id
        self.revision = resolved.revision
        self.family = resolved.family
        self.direction = resolved.direction
        self.beam = max(1, int(beam))
        self.decoding = "greedy" if self.beam == 1 else f"beam{self.beam}"
        self.batch_size = batch_size
        self.max_new_tokens = max_new_tokens
        self.device = pick_device(device, check_cuda=False)
        if self.device == "cuda" and ctranslate2.get_cuda_device_count() == 0:
            import sys

            print("warning: --device cuda: CTranslate2 sees no CUDA device; running on the CPU", file=sys.stderr)
            self.device = "cpu"
        self.compute_type = compute_type or ("int8_float16" if self.device == "cuda" else "int8")
        self.tokenizer = AutoTokenizer.from_pretrained(str(resolved.path))
        self.translator = ctranslate2.Translator(
            str(resolved.path),
            device=self.device,
            compute_type=self.compute_type,
            intra_threads=int(threads or 0),
        )
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"CT2Translator({self.model_id!r}, device={self.device!r}, {self.compute_type}, {self.decoding})"

    def _tokens(self, texts: list[str], src: str) -> list[list[str]]:
        if self.family in ("nllb", "m2m100"):
            self.tokenizer.src_lang = src
        return [
            cast(list[str], self.tokenizer.convert_ids_to_tokens(self.tokenizer.encode(t, truncation=True, max_length=512)))
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
                results = self.translator.translate_batch(
                    tokens,
                    target_prefix=[prefix] * len(tokens) if prefix else None,
                    beam_size=self.beam,
                    max_decoding_length=decode_limit(self.max_new_tokens, max(len(t) for t in tokens)),
                    max_batch_size=self.batch_size,
                )
                for i, res in zip(batch, results, strict=True):
                    hyp = res.hypotheses[0]
                    out[i] = hyp[1:] if prefix and hyp[:1] == prefix else hyp
        return out

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        if not texts:
            return []
        hyps = self._run(texts, src_lang, tgt_lang)
        return [
            cast(str, self.tokenizer.decode(self.tokenizer.convert_tokens_to_ids(h), skip_special_tokens=True)).strip()
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
