"""Translator protocol, backend registry and the errors the CLI maps to exit codes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, runtime_checkable


class RoundTripError(Exception):
    """Base class of round-trip errors."""


class UnknownModelError(RoundTripError, ValueError):
    """``--mt-model`` names no known model and no existing folder (a usage error: exit 2)."""


class ModelNotAvailableError(RoundTripError):
    """A known model whose weights are not on this machine and cannot be downloaded now."""


class BackendUnavailableError(RoundTripError):
    """The backend's library is not installed or cannot run the given model."""


@runtime_checkable
class Translator(Protocol):
    """Translate a batch of texts. Deterministic: the same input gives the same output."""

    backend: str  # registry name of the backend, e.g. "transformers"
    model_id: str  # hub id or folder name
    revision: str  # commit / content hash of the weights, part of the cache key
    decoding: str  # e.g. "greedy" or "beam4", part of the cache key

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]: ...


BackendFactory = Callable[..., Translator]
BACKENDS: dict[str, BackendFactory] = {}


def register_backend(name: str) -> Callable[[BackendFactory], BackendFactory]:
    """Register a backend factory under ``name`` (used by ``--mt-backend``)."""

    def decorator(factory: BackendFactory) -> BackendFactory:
        BACKENDS[name] = factory
        return factory

    return decorator


# Language codes of each model family for our two languages.
LANG_CODES: dict[str, dict[str, str]] = {
    "marian": {"hi": "hi", "en": "en"},
    "m2m100": {"hi": "hi", "en": "en"},
    "nllb": {"hi": "hin_Deva", "en": "eng_Latn"},
}


def lang_code(family: str, lang: str) -> str:
    return LANG_CODES.get(family, {}).get(lang, lang)


def check_direction(pair: tuple[str, str] | None, src_lang: str, tgt_lang: str, what: Any) -> None:
    """Single-direction models (Marian) refuse a direction they were not trained for."""
    if pair is not None and tuple(pair) != (src_lang, tgt_lang):
        raise ValueError(f"{what} translates {pair[0]}→{pair[1]}, not {src_lang}→{tgt_lang}")


def length_sorted(texts: list[str]) -> list[int]:
    """Indices of ``texts`` longest first, so each batch pads as little as possible."""
    return sorted(range(len(texts)), key=lambda i: -len(texts[i]))


def batched(order: list[int], size: int) -> list[list[int]]:
    return [order[i : i + size] for i in range(0, len(order), size)]


def decode_limit(max_new_tokens: int, longest_input_tokens: int) -> int:
    """Output length cap for a batch: 1.5 × the longest input + 10, at most ``max_new_tokens``.

    Stops a degenerate model from looping to the absolute limit on every sentence.
    """
    return max(1, min(max_new_tokens, int(1.5 * longest_input_tokens) + 10))
