"""wordfreq's tokeniser and digit smashing for Hindi and English, without importing wordfreq.

``import wordfreq`` costs ~0.1 s of CPU (langcodes' data tables, ftfy, its own regexes), and a
Hindi text asks for the frequency of a token that is not one plain word within its first
segments (a number in Devanagari digits, two words joined by a danda or a hyphen, an English
phrase). :mod:`audit.lang.frequency` keeps wordfreq's lists as a derived table; this module
keeps, in the same table, what ``wordfreq.lossy_tokenize`` and ``wordfreq.numbers`` need —
the patterns of wordfreq's token regex, its digit regexes and ftfy's quote regexes, wordfreq's
digit-frequency constants and each language's normal form, all read from the installed
libraries when the table is built — and restates their few lines of glue (wordfreq 3.1.1 and
ftfy 6.3.1, Apache-2.0): the same tokens and the same numbers for every input
(``tests/test_startup_tables.py`` compares ``zipf_frequency`` on random strings).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Literal, cast

_LANGS = ("hi", "en")


def spec_from_wordfreq() -> dict[str, Any] | None:
    """What :class:`Tokeniser` needs, read from the installed wordfreq (None when a language here
    needs anything but the plain regex tokeniser, or wordfreq's internals moved)."""
    try:
        from ftfy.chardata import DOUBLE_QUOTE_RE, SINGLE_QUOTE_RE
        from wordfreq import numbers
        from wordfreq.language_info import get_language_info
        from wordfreq.tokens import TOKEN_RE

        normal_form = {}
        for lang in _LANGS:
            info = get_language_info(lang)
            plain = (
                info["tokenizer"] == "regex"
                and info["transliteration"] is None
                and info["lookup_transliteration"] is None
                and not info["remove_marks"]
                and not info["dotless_i"]
                and info["diacritics_under"] is None
            )
            if not plain:
                return None
            normal_form[lang] = info["normal_form"]
        return {
            "normal_form": normal_form,
            "token_re": (TOKEN_RE.pattern, TOKEN_RE.flags),
            "digit_re": (numbers.DIGIT_RE.pattern, numbers.DIGIT_RE.flags),
            "multi_digit_re": (numbers.MULTI_DIGIT_RE.pattern, numbers.MULTI_DIGIT_RE.flags),
            "pure_digit_re": (numbers.PURE_DIGIT_RE.pattern, numbers.PURE_DIGIT_RE.flags),
            "single_quote_re": (SINGLE_QUOTE_RE.pattern, SINGLE_QUOTE_RE.flags),
            "double_quote_re": (DOUBLE_QUOTE_RE.pattern, DOUBLE_QUOTE_RE.flags),
            "digit_freqs": list(numbers.DIGIT_FREQS),
            "year_log_peak": numbers.YEAR_LOG_PEAK,
            "not_year_prob": numbers.NOT_YEAR_PROB,
            "reference_year": numbers.REFERENCE_YEAR,
            "plateau_width": numbers.PLATEAU_WIDTH,
        }
    except (ImportError, AttributeError, KeyError):  # pragma: no cover - another wordfreq
        return None


class Tokeniser:
    """``lossy_tokenize``, ``smash_numbers`` and ``digit_freq`` of wordfreq for Hindi and English."""

    def __init__(self, spec: dict[str, Any]) -> None:
        import regex  # wordfreq's regex engine (a dependency of wordfreq; ~10 ms to import)

        self.normal_form: dict[str, str] = spec["normal_form"]
        self.token_re = regex.compile(*spec["token_re"])
        self.digit_re = regex.compile(*spec["digit_re"])
        self.multi_digit_re = regex.compile(*spec["multi_digit_re"])
        self.pure_digit_re = regex.compile(*spec["pure_digit_re"])
        self.single_quote_re = re.compile(*spec["single_quote_re"])
        self.double_quote_re = re.compile(*spec["double_quote_re"])
        self.digit_freqs: list[float] = spec["digit_freqs"]
        self.year_log_peak: float = spec["year_log_peak"]
        self.not_year_prob: float = spec["not_year_prob"]
        self.reference_year: int = spec["reference_year"]
        self.plateau_width: int = spec["plateau_width"]

    def lossy_tokenize(self, text: str, lang: str) -> list[str]:
        """``wordfreq.lossy_tokenize(text, lang)``: ``preprocess_text`` (the language's normal
        form, case folding), ``simple_tokenize`` (NFC, the token regex, quotes stripped, case
        folded), ftfy's ``uncurl_quotes`` on each token."""
        form = cast("Literal['NFC', 'NFD', 'NFKC', 'NFKD']", self.normal_form[lang])
        text = unicodedata.normalize(form, text).casefold()
        text = unicodedata.normalize("NFC", text)
        tokens = [token.strip("'").casefold() for token in self.token_re.findall(text)]
        return [self.single_quote_re.sub("'", self.double_quote_re.sub('"', t)) for t in tokens]

    def smash_numbers(self, text: str) -> str:
        """Every run of two or more digits with its digits as zeroes."""
        return str(self.multi_digit_re.sub(lambda m: self.digit_re.sub("0", m.group(0)), text))

    def digit_freq(self, text: str) -> float:
        """The estimated relative frequency of the digit runs of ``text`` (years by their distance
        from the reference year, other numbers by Benford's law)."""
        freq = 1.0
        for match in self.multi_digit_re.findall(text):
            for sub in self.pure_digit_re.findall(match):
                freq *= self._year_freq(sub) if len(sub) == 4 else self._benford_freq(sub)
        return freq

    def _benford_freq(self, text: str) -> float:
        return self.digit_freqs[int(text[0])] / 10 ** (len(text) - 1)

    def _year_freq(self, text: str) -> float:
        year = int(text)
        ref, plateau = self.reference_year, self.plateau_width
        if year <= ref:
            year_log_freq = self.year_log_peak - 0.0083 * (ref - year)
        elif ref < year <= ref + plateau:
            year_log_freq = self.year_log_peak
        else:
            year_log_freq = self.year_log_peak - 0.2 * (year - (ref + plateau))
        return float(10.0**year_log_freq + self.not_year_prob * self._benford_freq(text))
