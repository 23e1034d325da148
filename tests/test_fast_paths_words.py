"""The first sight of a word, made cheaper, gives the answers of the straightforward definitions
(round 18, docs/performance.md "Round 18 — the first sight of a word")."""

from __future__ import annotations

import random
import unicodedata

import pytest

from audit.lang import resources as res
from audit.rules import name_forms, name_hyphen, script_translit
from audit.rules.script import (
    GLUE_MIN_PART_ZIPF,
    MAX_WORD_CHARS,
    TRANSLIT_MAX_ZIPF_HI,
    TRANSLIT_MIN_SIMILARITY,
    TRANSLIT_MIN_SIMILARITY_GLUED,
    TRANSLIT_MIN_ZIPF_EN,
    is_loanword,
    stem_zipf_above,
)


def _hi401_plain(
    word: str, max_zipf_hi: float, min_zipf_en: float, min_similarity: float, min_similarity_glued: float
) -> tuple[str, float, float] | None:
    """HI401's test as written before round 18: the word's split into two loans asked first."""
    if len(word) < 4 or len(word) > MAX_WORD_CHARS or is_loanword(word):
        return None
    if stem_zipf_above(word, max_zipf_hi):
        return None
    parts = res.split_glued(word, GLUE_MIN_PART_ZIPF)
    glued_loans = parts is not None and all(res.english_lookalikes(p, min_key_len=2) for p in parts)
    min_sim = min_similarity_glued if glued_loans else min_similarity
    for en, zen, sim in res.english_lookalikes(word):
        if sim >= min_sim and zen >= min_zipf_en:
            return en, zen, sim
    return None


_WORDS = [
    unicodedata.normalize("NFC", w)
    for w in """सर्विसमैन पोस्टमैन हेडमास्टर फुटबॉल इलेक्शन इंवेस्टिगेशन कंप्यूटर स्कूल बुकशॉप
    फायरमैन एरेनास डोरबेल मिल्की रिज़ाइन सक्सेसफुल क्रिकेटबॉल सीजफायर न्यूज़रूम""".split()
]


@pytest.mark.parametrize(
    "bars",
    [
        (TRANSLIT_MAX_ZIPF_HI, TRANSLIT_MIN_ZIPF_EN, TRANSLIT_MIN_SIMILARITY, TRANSLIT_MIN_SIMILARITY_GLUED),
        (TRANSLIT_MAX_ZIPF_HI, TRANSLIT_MIN_ZIPF_EN, TRANSLIT_MIN_SIMILARITY, 0.85),  # the glued bar higher
        (2.0, 2.5, 0.7, 0.6),
    ],
)
def test_hi401_asks_the_split_only_where_it_decides(bars: tuple[float, float, float, float]) -> None:
    rng = random.Random(18)
    vocab = sorted(res.hindi_vocabulary())
    words = _WORDS + rng.sample(vocab, 1500)
    # glued pairs of listed words (two loans or two Hindi words), the split's own cases
    words += [a + b for a, b in zip(rng.sample(vocab, 300), rng.sample(vocab, 300), strict=True)]
    raw = script_translit._transliteration_candidate.__wrapped__  # type: ignore[attr-defined]
    for w in words:
        assert raw(w, *bars) == _hi401_plain(w, *bars), w


def test_unit_tables_equal_working_out_each_word() -> None:
    # HI104's hindi_form and HI105's _syllable_of read a word of wordfreq's Hindi list from a
    # per-machine table: the same answers as working each word out, and new words worked out
    rng = random.Random(5)
    vocab = sorted(res.hindi_vocabulary())
    words = rng.sample(vocab, 2000) + ["लड़कियों", "धमाका", "लंबा", "मछुआरों", "ज़्योंगहुआन", "पियानोवादक"]
    for fn in (name_forms.hindi_form, name_hyphen._syllable_of):
        raw = fn.__wrapped__  # type: ignore[attr-defined]
        answers = [fn(unicodedata.normalize("NFC", w)) for w in words]
        assert answers == [raw(unicodedata.normalize("NFC", w)) for w in words]
    assert name_forms.hindi_form("लड़कियों") == "plural"
