"""Word frequencies: wordfreq's Zipf scale for Hindi and English, memoised.

The one place the package asks wordfreq for a frequency. 0.0 means wordfreq does not know the
word.

wordfreq builds a dict of its whole list on first use (English: 321,000 words, ~0.2 s of CPU at
every start). Here each list is kept instead as a derived table (:mod:`audit.core.derived`,
built once per machine from wordfreq itself and keyed on its version): the Hindi list as a dict
(26,600 words, a few ms to read), the English one as its words sorted in one UTF-8 blob with
offsets, searched by bisection (a ms to read; a look-up costs ~5 µs, and every word is asked
once per process). Inputs that are not one plain token go through wordfreq's own tokeniser
(restated in :mod:`audit.lang.wordfreq_tokens` from patterns kept in the same table), with the
same arithmetic as ``wordfreq.zipf_frequency`` over these tables: wordfreq itself is imported
only to build the table.
"""

from __future__ import annotations

import math
import re
import unicodedata
from array import array
from functools import lru_cache
from typing import Any

from audit.core.text import DEVANAGARI_LETTERS
from audit.lang.wordfreq_tokens import Tokeniser, spec_from_wordfreq

# A word that is one plain token of wordfreq's list in these scripts is its own token:
# wordfreq's tokeniser, digit smashing and quote uncurling leave it alone.
_PLAIN_TOKEN = {"hi": re.compile(f"[{DEVANAGARI_LETTERS}]+"), "en": re.compile("[a-z]+")}

#: lists up to this many words are kept as a dict; longer ones as a sorted blob
_DICT_MAX_WORDS = 100_000
_TABLE_FORMAT = "3"  # bump when the layout of the derived table changes


def word_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)``, read from the frequency table directly when
    ``word`` is one plain token in it (the same rounding, so the same number: checked on every
    Hindi and 20,000 English words of the list); other inputs are tokenised as wordfreq does.

    ``zipf_frequency`` tokenises and normalises on every call (~0.1 ms); the table is a look-up.
    """
    plain = _PLAIN_TOKEN.get(lang)
    if plain is None or not plain.fullmatch(word):
        return _tokenised_zipf(word, lang)
    known = _table(lang).zipf(word)
    if known is not None:
        return known
    # unlisted: 0.0 when wordfreq reads it as one token, itself
    return 0.0 if _own_token(word) else _tokenised_zipf(word, lang)


def _own_token(word: str) -> bool:
    """Whether wordfreq's tokeniser reads ``word`` (a plain token, see ``_PLAIN_TOKEN``) as one
    token equal to it: its normalisation (NFKC, case folding) leaves it alone and its token
    regex finds it whole (a word that starts with a vowel sign, ाकख, is two tokens). Such a word
    missing from the table has frequency 0 in ``zipf_frequency``, which costs ~10 µs to say so.
    A word that starts with a letter is its own token without asking the regex (checked equal on
    every word of the dev data, of wordfreq's Hindi list and a million random strings of these
    letters and marks: ``tests/test_frequency.py``)."""
    if unicodedata.normalize("NFKC", word) != word or word.casefold() != word:
        return False
    if unicodedata.category(word[0])[0] == "L":
        # a letter followed by letters and marks is one word (Unicode's word boundaries, UAX 29
        # WB4/WB5): the regex (~5 µs) only decides a word that starts with a mark
        return True
    token_re = _token_re()
    if token_re is None:  # pragma: no cover - then every unlisted word goes through wordfreq
        return False
    return bool(token_re.findall(word) == [word])


@lru_cache(maxsize=1)
def _token_re() -> Any:
    """wordfreq's own token regex (``wordfreq.tokens.TOKEN_RE``, stable since wordfreq 2),
    compiled with the ``regex`` module from the pattern kept in the derived table, so that asking
    about an unlisted word does not import wordfreq (~0.1 s)."""
    tokeniser = _tokeniser()
    if tokeniser is not None:
        return tokeniser.token_re
    try:  # pragma: no cover - a wordfreq whose internals moved
        from wordfreq.tokens import TOKEN_RE

        return TOKEN_RE
    except ImportError:  # pragma: no cover
        return None


@lru_cache(maxsize=1)
def _tokeniser() -> Tokeniser | None:
    spec = _tables()["tokeniser"]
    return Tokeniser(spec) if spec is not None else None


def _tokenised_zipf(word: str, lang: str) -> float:
    """``wordfreq.zipf_frequency(word, lang)`` for any input: wordfreq's tokeniser and digit
    smashing (:mod:`audit.lang.wordfreq_tokens`), then its arithmetic (``_word_frequency``:
    1/f = Σ 1/fᵢ over the tokens, 3 significant digits, the Zipf floor 0) over this module's
    tables — without importing wordfreq."""
    tokeniser = _tokeniser()
    if lang not in _PLAIN_TOKEN or tokeniser is None:  # pragma: no cover - only hi and en asked
        import wordfreq

        return float(wordfreq.zipf_frequency(word, lang))
    minimum = 10**0.0 / 1e9  # wordfreq.zipf_to_freq(0.0)
    freq = minimum
    tokens = tokeniser.lossy_tokenize(word, lang)
    if tokens:
        table = _table(lang)
        one_over_result = 0.0
        for token in tokens:
            smashed = tokeniser.smash_numbers(token)
            f = table.freq(smashed)
            if f is None:  # any word missing: the default value
                one_over_result = -1.0
                break
            if smashed != token:
                f *= tokeniser.digit_freq(token)
            one_over_result += 1.0 / f
        if one_over_result > 0.0:
            unrounded = max(1.0 / one_over_result, minimum)
            leading_zeroes = math.floor(-math.log(unrounded, 10))
            freq = round(unrounded, leading_zeroes + 3)
    return round(math.log(freq, 10) + 9, 2)  # wordfreq.freq_to_zipf


class _Table:
    """One language's list: ``freq(word)`` (wordfreq's float) and ``zipf(word)`` (what
    ``zipf_frequency`` gives a listed plain token), None for unlisted words."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self._freqs: tuple[float, ...] = tuple(raw["freqs"])
        self._zipfs: tuple[float, ...] = tuple(_zipf_of(f) for f in self._freqs)
        self._dict: dict[str, int] | None = raw.get("dict")
        self._blob: bytes = raw.get("blob", b"")
        self._offsets = array("I")
        self._offsets.frombytes(raw.get("offsets", b""))
        self._codes = array("H")
        self._codes.frombytes(raw.get("codes", b""))

    def _code(self, word: str) -> int | None:
        if self._dict is not None:
            return self._dict.get(word)
        key = word.encode()
        blob, off = self._blob, self._offsets
        lo, hi = 0, len(self._codes)
        while lo < hi:
            mid = (lo + hi) // 2
            w = blob[off[mid] : off[mid + 1]]
            if w < key:
                lo = mid + 1
            elif w > key:
                hi = mid
            else:
                return self._codes[mid]
        return None

    def freq(self, word: str) -> float | None:
        code = self._code(word)
        return None if code is None else self._freqs[code]

    def zipf(self, word: str) -> float | None:
        code = self._code(word)
        return None if code is None else self._zipfs[code]

    def words(self) -> list[str]:
        """The listed words (of a list kept as a dict; none of one kept as a blob)."""
        return list(self._dict or ())


def _zipf_of(freq: float) -> float:
    """The Zipf value ``zipf_frequency`` gives a listed one-token word of frequency ``freq``
    (wordfreq keeps 3 significant digits)."""
    leading_zeroes = math.floor(-math.log(freq, 10))
    return round(math.log(round(freq, leading_zeroes + 3), 10) + 9, 2)


@lru_cache(maxsize=2)
def _table(lang: str) -> _Table:
    return _Table(_tables()[lang])


@lru_cache(maxsize=1)
def _tables() -> dict[str, Any]:
    """wordfreq's Hindi and English lists and its token regex, as a derived table keyed on the
    package and the wordfreq version (built from wordfreq once per machine, ~0.5 s)."""
    import hashlib
    from importlib.metadata import version

    from audit.core.derived import derived_object, fingerprint

    key = f"{fingerprint()}\0{_TABLE_FORMAT}\0wordfreq {version('wordfreq')}"
    digest = hashlib.sha256(key.encode()).hexdigest()[:24]
    return dict(derived_object("wordfreq-lists", digest, _build_tables, accept=_is_tables))


def _is_tables(obj: object) -> bool:
    return isinstance(obj, dict) and all(lang in obj for lang in _PLAIN_TOKEN) and "tokeniser" in obj


def _build_tables() -> dict[str, Any]:
    from wordfreq import get_frequency_dict

    out: dict[str, Any] = {lang: _pack(get_frequency_dict(lang)) for lang in _PLAIN_TOKEN}
    out["tokeniser"] = spec_from_wordfreq()
    return out


def _pack(freqs: dict[str, float]) -> dict[str, Any]:
    """A frequency dict as word → the index of its frequency among the distinct ones (wordfreq's
    centibel buckets: a few hundred) for a short list; a long one as its sorted UTF-8 words in one
    blob, their offsets and their indexes."""
    distinct = sorted(set(freqs.values()), reverse=True)
    code_of = {f: i for i, f in enumerate(distinct)}
    if len(freqs) <= _DICT_MAX_WORDS:
        return {"freqs": distinct, "dict": {w: code_of[f] for w, f in freqs.items()}}
    encoded = sorted((w.encode(), code_of[f]) for w, f in freqs.items())
    offsets = array("I", [0])
    codes = array("H")
    pos = 0
    for b, code in encoded:
        pos += len(b)
        offsets.append(pos)
        codes.append(code)
    return {
        "freqs": distinct,
        "blob": b"".join(b for b, _ in encoded),
        "offsets": offsets.tobytes(),
        "codes": codes.tobytes(),
    }


@lru_cache(maxsize=200_000)
def zipf_hi(word: str) -> float:
    """Zipf frequency of ``word`` in Hindi (0.0 when wordfreq does not know it): :func:`word_zipf`,
    a listed plain token read from :func:`_hindi_zipfs` without its steps (most first sights of a
    pass ask stems and keys of words, a third of them listed)."""
    nfc = unicodedata.normalize("NFC", word)
    known = _hindi_zipfs().get(nfc)
    return word_zipf(nfc, "hi") if known is None else known


@lru_cache(maxsize=1)
def _hindi_zipfs() -> dict[str, float]:
    """Each word of the Hindi list that is one plain token (what :func:`word_zipf` reads from the
    table as it is) → its Zipf value."""
    table, plain = _table("hi"), _PLAIN_TOKEN["hi"]
    return {w: z for w in table.words() if plain.fullmatch(w) and (z := table.zipf(w)) is not None}


@lru_cache(maxsize=200_000)
def zipf_en(word: str) -> float:
    """Zipf frequency of ``word`` in English (0.0 when unknown)."""
    return word_zipf(word, "en")
