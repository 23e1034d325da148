"""The per-segment word layer (audit.lang.segment_words): one reading of a text for every rule."""

from __future__ import annotations

from audit.core.text import ALNUM_WORD_RE, LETTER_WORD_RE
from audit.lang.phonetic import norm
from audit.lang.segment_words import segment_words
from audit.rules.names import unit_keys, units

TEXT = "महासचिव बान की-मून ने 2019 में १२वीं बार कहा। फिर ज़ोर-ज़ोर से, किम जोंग-उन"


def _units_by_hand(text: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """Letter words joined when exactly one hyphen separates them."""
    ws = [(m.start(), m.end(), m.group()) for m in LETTER_WORD_RE.finditer(text)]
    out: list[list] = []
    prev_end = -1
    for s, e, w in ws:
        if out and text[out[-1][1] : s] in ("-", "\u2010", "\u2011"):
            out[-1][1] = e
            out[-1][2] = (*out[-1][2], norm(w))
            prev_end = e
            continue
        joined = prev_end >= 0 and prev_end < s and text[prev_end:s].isspace()
        out.append([s, e, (norm(w),), joined])
        prev_end = e
    return [(s, e, parts, j) for s, e, parts, j in out]


def test_units_are_the_hyphen_joined_letter_words() -> None:
    layer = segment_words(TEXT)
    got = [(u.start, u.end, u.parts, u.joined_before) for u in layer.units]
    assert got == _units_by_hand(TEXT)
    assert all(u.surface == TEXT[u.start : u.end] and u.key == "-".join(u.parts) for u in layer.units)
    assert [layer.units[i].surface for i in layer.hyphenated] == ["की-मून", "ज़ोर-ज़ोर", "जोंग-उन"]
    assert units(TEXT) is layer.units and unit_keys(TEXT) == frozenset(u.key for u in layer.units)


def test_a_text_without_hyphens_reads_the_same_units() -> None:
    """(the fast path of a text with no hyphen: one split, no unit pattern)"""
    plain = "  राष्ट्रपति  मून ने\tकहा, “फ़ैसला २०२४ में होगा।” किम"
    layer = segment_words(plain)
    assert layer.hyphenated == ()
    assert [(u.start, u.end, u.parts, u.joined_before) for u in layer.units] == _units_by_hand(plain)
    assert all(u.surface == plain[u.start : u.end] for u in layer.units)
    assert list(layer.words) == [(m.start(), m.end(), m.group()) for m in ALNUM_WORD_RE.finditer(plain)]


def test_anchor_indices_by_set_or_container() -> None:
    layer = segment_words(TEXT)
    keys = [u.key for u in layer.units]
    want = [i for i, k in enumerate(keys) if k in {"ने", "में", "किम"}]
    assert layer.at(frozenset({"ने", "में", "किम", "नहीं"})) == want
    assert layer.at({"ने": 1, "में": 2, "किम": 3}) == want  # a dict: each of the text's keys asked
    assert layer.at(frozenset({"नहीं"})) == []
    assert layer.at({"में"}) == [keys.index("में")]


def test_words_keep_digits_and_stop_at_dandas() -> None:
    layer = segment_words(TEXT)
    assert list(layer.words) == [(m.start(), m.end(), m.group()) for m in ALNUM_WORD_RE.finditer(TEXT)]
    assert "१२वीं" in [w for _s, _e, w in layer.words] and "कहा" in [w for _s, _e, w in layer.words]
    assert segment_words(TEXT) is layer  # memoised per text
