"""The per-segment word layer: one text's Devanagari words, read once and shared by every rule.

Every Hindi-only rule walks the words of the segment it checks, and each used to tokenise the
text itself: the name rules into hyphen-joined name units (``names.units``), the idiom, title and
transliteration rules into words that may hold digits (``hindi._words``), each rule then asking
per word for the keys it compares by. :func:`segment_words` reads a text (NFC, as the rules see
it) once, memoised per text (bounded), and keeps

* ``units``: hyphen-joined units of Devanagari letter words (जोंग-उन is one unit), with offsets,
  normalised parts (:func:`audit.lang.phonetic.norm`: no nukta, no chandrabindu) and their key
  (the parts joined by ``-``) — what the name and title rules compare by;
* ``hyphenated``: the indices of the units of two parts or more (most segments have none);
* ``keys`` / ``key_set``: the units' keys in order and as one set, so that a rule tests whether a
  segment holds any word of its tables with one set operation (most segments hold none);
* ``at(anchors)``: the indices of the units whose key is one of ``anchors`` (a rule's anchor
  words: honorifics, person markers, titles), found by intersecting sets rather than walking
  every unit;
* ``words``: (start, end, word) of the Devanagari words that stop at dandas and may hold digits
  (:data:`audit.core.text.ALNUM_WORD_RE`) — the tokens of the idiom and title rules;
* ``passing(test)``: the indices of the units whose key passes a per-key test a rule registered
  with :func:`unit_test` (its walk's first question of every unit: a word of its glossary, rare
  enough for a name). One walk over the units answers every registered test, each key's answers
  kept as one bit mask per process, so a rule walks only the units that can answer it instead
  of asking each unit again (the ruff model: a rule declares the words it needs).

The layer computes nothing a rule did not compute before: it is the same tokenisation, done once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Set
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

from audit.core.text import ALNUM_WORD_RE, LETTER_WORD_RE
from audit.lang.phonetic import norm


class Unit(NamedTuple):
    """Words joined by hyphens (जोंग-उन counts as one unit). Offsets index the NFC text.

    A named tuple: the name checks make and read hundreds of thousands of them on a large run,
    and a frozen dataclass cost twice as much.
    """

    start: int
    end: int
    parts: tuple[str, ...]  # normalised
    surface: str
    joined_before: bool  # only whitespace separates it from the previous unit
    key: str  # the parts joined by "-"


# A unit: Devanagari letter words with exactly one hyphen between each two (the same runs as
# joining LETTER_WORD_RE matches whose gap is one hyphen), found in one pass; group 2 holds what
# follows the first word (empty for the usual one-word unit).
HYPHENS = "-\u2010\u2011"
UNIT_RE = re.compile(f"({LETTER_WORD_RE.pattern})((?:[{HYPHENS}]{LETTER_WORD_RE.pattern})*)")
_HYPHEN_SPLIT = re.compile(f"[{HYPHENS}]")
_new_tuple = tuple.__new__

#: the word of a (start, end, word) triple (:attr:`SegmentWords.words`, a sentence's tokens), for
#: ``map``: a rule asks a per-word memo of every token in one C-level pass
word_of = itemgetter(2)

#: word → the parts of its one-word unit (``(norm(word),)``), shared by every text (bounded)
_ONE_PART: dict[str, tuple[str, ...]] = {}
_ONE_PART_MAX = 200_000


#: the same words as the unit and word patterns, as one split: [gap, word, gap, word, …, gap]
_LETTER_SPLIT = re.compile(f"({LETTER_WORD_RE.pattern})")
_ALNUM_SPLIT = re.compile(f"({ALNUM_WORD_RE.pattern})")


def _scan_units(text: str) -> tuple[tuple[Unit, ...], tuple[int, ...]]:
    """The units of ``text`` and the indices of those of two parts or more."""
    if "-" not in text and "\u2010" not in text and "\u2011" not in text:
        return _scan_words(text), ()  # no hyphen (most texts): every letter word is a unit
    out: list[Unit] = []
    multi: list[int] = []
    prev_end = -1
    one = _ONE_PART
    for m in UNIT_RE.finditer(text):
        start, end = m.span()
        first, rest = m.groups()
        if rest:
            parts = tuple(norm(w) for w in _HYPHEN_SPLIT.split(first + rest))
            key = "-".join(parts)
            multi.append(len(out))
        else:  # the usual one-word unit: its parts read from the words seen before
            got = one.get(first)
            if got is None:
                if len(one) >= _ONE_PART_MAX:
                    one.clear()
                got = one[first] = (norm(first),)
            parts, key = got, got[0]
        # only whitespace (and at least one character) since the previous unit
        joined = prev_end >= 0 and prev_end < start and text[prev_end:start].isspace()
        out.append(_new_tuple(Unit, (start, end, parts, text[start:end], joined, key)))
        prev_end = end
    return tuple(out), tuple(multi)


def _scan_words(text: str) -> tuple[Unit, ...]:
    """The one-word units of a text with no hyphen: :data:`UNIT_RE`'s matches, from one split
    (each word's offset the lengths before it; joined when the gap before it is only whitespace)."""
    pieces = _LETTER_SPLIT.split(text)
    out: list[Unit] = []
    one = _ONE_PART
    start = len(pieces[0])
    for k in range(1, len(pieces), 2):
        w = pieces[k]
        end = start + len(w)
        got = one.get(w)
        if got is None:
            if len(one) >= _ONE_PART_MAX:
                one.clear()
            got = one[w] = (norm(w),)
        out.append(_new_tuple(Unit, (start, end, got, w, k > 1 and pieces[k - 1].isspace(), got[0])))
        start = end + len(pieces[k + 1])
    return tuple(out)


#: the per-key tests rules walk the units with (:func:`unit_test`), and each key's answers as a
#: bit mask (bit ``n``: ``_TESTS[n]`` holds), shared by every text (bounded)
_TESTS: list[Callable[[str], bool]] = []
_MASKS: dict[str, int] = {}
_MASKS_MAX = 200_000


def unit_test(test: Callable[[str], bool]) -> int:
    """Register a test of a unit's key for :meth:`SegmentWords.passing`; returns its bit.

    ``test`` must be pure for the process (a function of the key alone: a word list, a memoised
    per-word answer); a rule that walked every unit asking it walks ``passing(bit)`` instead.
    Every registered test is asked of every new key, so register only tests the rules ask of
    every unit anyway."""
    _TESTS.append(test)
    _MASKS.clear()
    return 1 << (len(_TESTS) - 1)


def _mask(key: str) -> int:
    mask = 0
    for n, test in enumerate(_TESTS):
        if test(key):
            mask |= 1 << n
    if len(_MASKS) >= _MASKS_MAX:
        _MASKS.clear()
    _MASKS[key] = mask
    return mask


class SegmentWords:
    """The words of one text (see the module docstring); get it from :func:`segment_words`."""

    __slots__ = ("text", "units", "hyphenated", "keys", "key_set", "_positions", "_words", "_passing")

    def __init__(self, text: str) -> None:
        self.text = text
        #: the units, and the indices of the hyphen-joined ones (जोंग-उन: two parts or more)
        self.units, self.hyphenated = _scan_units(text)
        self.keys: tuple[str, ...] = tuple([u.key for u in self.units])
        self.key_set: frozenset[str] = frozenset(self.keys)
        self._positions: dict[str, tuple[int, ...]] | None = None
        self._words: tuple[tuple[int, int, str], ...] | None = None
        self._passing: tuple[int, dict[int, tuple[int, ...]]] | None = None

    def positions(self) -> dict[str, tuple[int, ...]]:
        """Unit key → the indices of the units with that key (in order)."""
        if self._positions is None:
            pos: dict[str, list[int]] = {}
            for i, k in enumerate(self.keys):
                got = pos.get(k)
                if got is None:
                    pos[k] = [i]
                else:
                    got.append(i)
            self._positions = {k: tuple(v) for k, v in pos.items()}
        return self._positions

    def passing(self, test: int) -> tuple[int, ...]:
        """Indices (ascending) of the units whose key passes the registered ``test`` (the bit
        :func:`unit_test` returned); the text's units are read once for every test."""
        got = self._passing
        if got is None or got[0] != len(_TESTS):  # (a test registered since: read again)
            found: dict[int, list[int]] = {}
            masks = _MASKS
            for i, k in enumerate(self.keys):
                mask = masks.get(k)
                if mask is None:
                    mask = _mask(k)
                while mask:  # (most keys: 0, no test holds)
                    bit = mask & -mask
                    held = found.get(bit)
                    if held is None:
                        found[bit] = [i]
                    else:
                        held.append(i)
                    mask ^= bit
            got = self._passing = (len(_TESTS), {bit: tuple(held) for bit, held in found.items()})
        return got[1].get(test, ())

    def at(self, anchors: Container[str]) -> list[int]:
        """Indices (ascending) of the units whose key is in ``anchors``: a set (intersected with
        the segment's keys, the smaller one walked) or any container (a dict: each key asked)."""
        hit: Set[str]
        if isinstance(anchors, (set, frozenset)):
            if self.key_set.isdisjoint(anchors):
                return []  # (most segments: no anchor at all)
            hit = self.key_set & anchors
        else:
            hit = {k for k in self.key_set if k in anchors}
            if not hit:
                return []
        return [i for i, k in enumerate(self.keys) if k in hit]

    @property
    def words(self) -> tuple[tuple[int, int, str], ...]:
        """(start, end, word) of the Devanagari words (:data:`ALNUM_WORD_RE`: digits inside a
        word, a danda ends one)."""
        if self._words is None:
            pieces = _ALNUM_SPLIT.split(self.text)  # (the matches of ALNUM_WORD_RE, from one split)
            out = []
            start = len(pieces[0])
            for k in range(1, len(pieces), 2):
                end = start + len(pieces[k])
                out.append((start, end, pieces[k]))
                start = end + len(pieces[k + 1])
            self._words = tuple(out)
        return self._words


@lru_cache(maxsize=4096)
def segment_words(text: str) -> SegmentWords:
    """The word layer of ``text`` (NFC), memoised per text: every rule reads the same object."""
    return SegmentWords(text)
