"""audit.lang.distance: the shared string-similarity helpers."""

from __future__ import annotations

import difflib
import random

from audit.lang.distance import char_positions, common_chars, edit_distance, matching_ratio


def test_matching_ratio_is_difflibs_ratio() -> None:
    """The same float as difflib on random strings over small alphabets (many repeats, ties,
    empty strings) and on romanised words; a long ``b`` goes through difflib's junk heuristic."""
    rng = random.Random(7)
    pairs = [("", ""), ("a", ""), ("", "b"), ("arenas", "arenas"), ("sarvismain", "servicemen")]
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "aeiou", "xyzab", "kmtrsn"])
        pairs.append(
            (
                "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))),
                "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))),
            )
        )
    pairs.append(("ab" * 30, "ba" * 120))  # len(b) >= 200: difflib's autojunk applies
    for a, b in pairs:
        expected = difflib.SequenceMatcher(None, a, b).ratio()
        assert matching_ratio(a, b) == expected, (a, b)
        assert matching_ratio(a, b, char_positions(b)) == expected, (a, b)


def test_edit_distance() -> None:
    assert edit_distance("kitten", "sitting") == 3
    assert edit_distance("abc", "abc") == 0
    assert edit_distance("abcdef", "a", limit=2) == 3


def test_common_chars_is_difflibs_quick_ratio_bound() -> None:
    """``common_chars`` is difflib's ``quick_ratio`` numerator, so the bound computed from it
    equals ``quick_ratio`` and is never below ``matching_ratio`` (the pruning of the look-alike
    rankings relies on that, in floats)."""
    rng = random.Random(11)
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "aeiou", "xyzab", "kmtrsn"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        bound = 2.0 * common_chars(a, char_positions(b)) / (len(a) + len(b))
        assert bound == difflib.SequenceMatcher(None, a, b).quick_ratio(), (a, b)
        assert bound >= matching_ratio(a, b), (a, b)


def _reference_edit_distance(a: str, b: str) -> int:
    """The textbook table, every cell ``min`` of the three moves (the function as it was)."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def test_edit_distance_equals_the_textbook_table() -> None:
    """The inline-compared rows give the textbook distance; with ``limit`` the distance itself
    when within it, else a number above it (``limit + 1`` when a row stops it early)."""
    rng = random.Random(5)
    for _ in range(20_000):
        alphabet = rng.choice(["ab", "abc", "kmtrsn", "KGCJTDNPBMYRLVSHF"])
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))
        full = _reference_edit_distance(a, b)
        assert edit_distance(a, b) == full, (a, b)
        for limit in (0, 1, 2, 3):
            got = edit_distance(a, b, limit)
            assert got == full if full <= limit else got > limit, (a, b, limit)
