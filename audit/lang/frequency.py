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
    if plain is None or not plain.fullmatch(word):
        return zipf_frequency(word, lang)
    if freq is None:  # unlisted: 0.0 when wordfreq reads it as one token, itself
        return 0.0 if _own_token(word) else zipf_frequency(word, lang)
    leading_zeroes = math.floor(-math.log(freq, 10))  # wordfreq keeps 3 significant digits
    return round(math.log(round(freq, leading_zeroes + 3), 10) + 9, 2)


def _own_token(word: str) -> bool:
    """Whether wordfreq's tokeniser reads ``word`` (a plain token, see ``_PLAIN_TOKEN``) as one
    token equal to it: its normalisation (NFKC, case folding) leaves it alone and its token
    regex finds it whole (a word that starts with a vowel sign, ाकख, is two tokens). Such a word
    missing from the table has frequency 0 in ``zipf_frequency``, which costs ~10 µs to say so."""
    if _TOKEN_RE is None or unicodedata.normalize("NFKC", word) != word or word.casefold() != word:
        return False
    return bool(_TOKEN_RE.findall(word) == [word])


try:  # wordfreq's own token regex (wordfreq.tokens.TOKEN_RE, stable since wordfreq 2)
    from wordfreq.tokens import TOKEN_RE as _TOKEN_RE
except ImportError:  # pragma: no cover - then every unlisted word goes through wordfreq
    _TOKEN_RE = None


@lru_cache(maxsize=200_000)
def zipf_hi(word: str) -> float:
    """Zipf frequency of ``word`` in Hindi (0.0 when wordfreq does not know it)."""
    return word_zipf(unicodedata.normalize("NFC", word), "hi")


@lru_cache(maxsize=200_000)
def zipf_en(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when unknown)."""
    return word_zipf(word, "en")
