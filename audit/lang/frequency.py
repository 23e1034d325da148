"""Word frequencies: wordfreq's Zipf scale for Hindi and English, memoised.

The one place the package asks wordfreq for a frequency (wordfreq normalises the word itself,
so callers need not). 0.0 means wordfreq does not know the word.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency


@lru_cache(maxsize=200_000)
def zipf_hi(word: str) -> float:
    """Zipf frequency of ``word`` in Hindi (0.0 when wordfreq does not know it)."""
    return zipf_frequency(word, "hi")


@lru_cache(maxsize=200_000)
def zipf_en(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when unknown)."""
    return zipf_frequency(word, "en")
