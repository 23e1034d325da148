"""Hindi word keys for dictionary matching: one key for the inflected forms of a word.

``stem_key("फलियां") == stem_key("फली") == "फल"``, ``stem_key("फेंका") == stem_key("फेंकना")``.
The key drops the nukta and the virama, folds chandrabindu into anusvara and strips inflection suffixes
(plural, oblique, verb endings, future tense) while at least two letters remain. Collisions between unrelated
words are possible; callers combine several keys before reporting anything.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from audit.core.text import NUKTA, WORD_RE
from audit.lang.function_words import HINDI_STOP_WORDS
from audit.lang.segment_words import segment_words

# longest first; each strip leaves at least MIN_STEM code points
_SUFFIXES = (
    "ाइयों",
    "ूंगा",
    "ूंगी",
    "ेंगे",
    "ेंगी",
    "ेगा",
    "ेगी",
    "ोगे",
    "ोगी",
    "ियाँ",
    "ियां",
    "ियों",
    "ाएँ",
    "ाएं",
    "ाओं",
    "ुओं",
    "ाना",
    "ाने",
    "ानी",
    "ाता",
    "ाती",
    "ाते",
    "ों",
    "ें",
    "ीं",
    "ने",
    "ना",
    "नी",
    "ता",
    "ती",
    "ते",
    "कर",
    "ा",
    "ी",
    "े",
    "ि",
    "ो",
)
_PLURALS = (("ियां", "ी"), ("ियों", "ी"), ("ाएं", "ा"), ("ाओं", "ा"), ("ुओं", "ु"), ("ुएं", "ु"))
MIN_STEM = 2
MIN_STEM_LONG = 3  # remainder needed to strip a suffix of two or more code points
#: _SUFFIXES by their last code point, in their order, each with the stem it must leave
_SUFFIXES_BY_LAST: dict[str, tuple[tuple[str, int], ...]] = {
    last: tuple((suf, MIN_STEM_LONG if len(suf) >= 2 else MIN_STEM) for suf in _SUFFIXES if suf[-1] == last)
    for last in dict.fromkeys(suf[-1] for suf in _SUFFIXES)
}

STOP = HINDI_STOP_WORDS  # what it holds and why: audit/lang/function_words.py


#: a nasal consonant (ङ ञ ण न म) with virama before a consonant: written as an anusvara as often
_NASAL_CLUSTER = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")


@lru_cache(maxsize=200_000)  # every content-word test folds the same words again
def fold(word: str) -> str:
    """NFC without nukta, virama and chandrabindu (ज़मीन = जमीन, गर्म = गरम, चाँद = चांद)."""
    w = unicodedata.normalize("NFC", word).rstrip("।॥")
    w = unicodedata.normalize("NFD", w).replace(NUKTA, "")
    # a nasal consonant with virama before a consonant is the anusvara (स्तम्भ = स्तंभ, कम्पनी =
    # कंपनी, प्रधानमन्त्री = प्रधानमंत्री); then no virama: गर्म and गरम differ only in how a cluster
    # is written
    w = _NASAL_CLUSTER.sub("\u0902", unicodedata.normalize("NFC", w))
    return w.replace("\u0901", "\u0902").replace("\u094d", "")


_fold = fold  # (the name the module's own helpers use)


@lru_cache(maxsize=200_000)
def stem_key(word: str) -> str:
    """Inflection-free key of one Devanagari word (see the module docstring)."""
    w = _fold(word)
    for plural, singular in _PLURALS:  # फलियां → फली, कथाएं → कथा (then stripped as usual)
        if w.endswith(plural) and len(w) > len(plural):
            w = w[: -len(plural)] + singular
            break
    changed = True
    while changed and w:
        changed = False
        # only the suffixes that end in the word's last letter can match (_SUFFIXES' order kept)
        for suf, need in _SUFFIXES_BY_LAST.get(w[-1], ()):
            if w.endswith(suf) and len(w) - len(suf) >= need:
                w = w[: -len(suf)]
                changed = True
                break
    return w


def endings_replaced(word: str, endings: Iterable[tuple[str, str]], min_stem: int = 2) -> tuple[str, ...]:
    """``word``, then for each ``(ending, replacement)`` of ``endings`` that it ends in with at least
    ``min_stem`` letters before the ending, the stem plus the replacement, in the order of ``endings``
    (काले with ``("े", "ा")`` → काला, नौकरियां with ``("ियां", "ी")`` → नौकरी): the dictionary forms
    an inflected word may have, for callers whose endings differ."""
    out = [word]
    for suf, rep in endings:
        if word.endswith(suf) and len(word) - len(suf) >= min_stem:
            out.append(word[: -len(suf)] + rep)
    return tuple(out)


#: the dependent vowel signs ा … ौ and the nasal signs ँ ं
FINAL_SIGNS = "".join(map(chr, range(0x093E, 0x094D))) + "\u0901\u0902"


def without_final_signs(word: str) -> str:
    """``word`` without its final vowel signs and nasal (कोयला, कोयले → कोयल; मुलाकातें, मुलाकातों →
    मुलाकात): the stem the inflections of one noun share, compared as written. ``rstrip`` keeps it
    linear in a word of thousands of vowel signs, where a ``[…]+$`` search is quadratic."""
    return word.rstrip(FINAL_SIGNS)


@lru_cache(maxsize=200_000)  # asked for every word of every sentence HI205 reads
def is_stop(word: str) -> bool:
    return _fold(word) in STOP


@lru_cache(maxsize=200_000)  # asked for every word of every sentence HI205 reads
def content_key(word: str) -> str | None:
    """:func:`fold` of a content word; None for a stop word (:func:`is_stop`): one look-up where
    a walk over the words would ask both."""
    key = _fold(word)
    return None if key in STOP else key


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the Devanagari words of ``text``. A word stops at a danda (।, ॥):
    spans built from these words end at the last letter, not at the sentence's danda."""
    return list(_words(text))


def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`words`: the segment's words of the shared word layer
    (:func:`audit.lang.segment_words.segment_words`, read once per text for every rule; each
    caller of :func:`words` gets its own list of the shared tuples)."""
    return segment_words(text).words


def content_words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of the Devanagari words of ``text`` (see :func:`words`) that are not
    function words."""
    return list(_content_words(text))


@lru_cache(maxsize=4096)
def _content_words(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple([w for w in _words(text) if not is_stop(w[2])])


def phrase_keys(phrase: str) -> tuple[str, ...]:
    """Stem keys of the content words of a Hindi phrase (a dictionary gloss)."""
    return tuple(
        stem_key(w) for w in re.split(r"[\s~\-]+", phrase) if w and WORD_RE.fullmatch(w) and not is_stop(w)
    )
