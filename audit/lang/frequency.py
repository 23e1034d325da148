"""Word frequencies: wordfreq's Zipf scale for Hindi and English, memoised.

The one place the package asks wordfreq for a frequency. 0.0 means wordfreq does not know the
word.
"""

from __future__ import annotations

import math
import re
import unicodedata
from functools import lru_cache

from wordfreq import get_frequency_dict, zipf_frequency

from audit.core.text import DEVANAGARI_LETTERS

# A word that is one plain token of wordfreq's list in these scripts is its own token:
# wordfreq's tokeniser, digit smashing and quote uncurling leave it alone.
_PLAIN_TOKEN = {"hi": re.compile(f"[{DEVANAGARI_LETTERS}]+"), "en": re.compile("[a-z]+")}


def word_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, read from wordfreq's frequency table directly when
    ``word`` is one plain token in it (the same rounding, so the same number: checked on every
    Hindi and 20,000 English words of the list); other inputs go through wordfreq itself.

    ``zipf_frequency`` tokenises and normalises on every call (~0.1 ms); the table is a dict.
    """
    freq = get_frequency_dict(lang).get(word)
    plain = _PLAIN_TOKEN.get(lang)
    if freq is None or plain is None or not plain.fullmatch(word):
        return zipf_frequency(word, lang)
    leading_zeroes = math.floor(-math.log(freq, 10))  # wordfreq keeps 3 significant digits
    return round(math.log(round(freq, leading_zeroes + 3), 10) + 9, 2)


@lru_cache(maxsize=200_000)
def zipf_hi(word: str) -> float:
    """Zipf frequency of ``word`` in Hindi (0.0 when wordfreq does not know it)."""
    return word_zipf(unicodedata.normalize("NFC", word), "hi")


@lru_cache(maxsize=200_000)
def zipf_en(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when unknown)."""
    return word_zipf(word, "en")
