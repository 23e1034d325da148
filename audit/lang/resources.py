"""Cached lexical resources shared by checks: word frequencies, romanisation, English look-up.

Everything is loaded lazily on first use and memoised, so importing this module is free and
a second call costs a dictionary look-up. Sources:

* ``wordfreq`` — Zipf frequencies for Hindi and English (``zipf_hi``, ``zipf_en``) and its
  frequency-ordered word lists (``hindi_vocabulary``, ``english_vocabulary``).
* a phonetic key shared by Devanagari and English spellings (``dev_key``, ``en_keys``): both
  scripts are reduced to a consonant skeleton in one alphabet, so ``एरेनास`` and ``arenas``
  both become ``rns``. Devanagari romanisation loses vowel quality (ए ↔ a/e, ऐ ↔ ai/a), so
  matching is done on consonants and the vowels only rank the candidates.
* ``indic-transliteration`` — the ITRANS romanisation shown to editors (``romanise``).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, KeysView, Mapping
from functools import lru_cache
from typing import TypeVar, cast

from audit.core.data import data_text
from audit.core.lazymap import LazyMap, pack, positions
from audit.lang.distance import char_positions, common_chars, matching_ratio
from audit.lang.frequency import zipf_en, zipf_hi
from audit.lang.phonetic import HALANT, dev_key, en_keys, romanise, sound_units

__all__ = [
    "zipf_hi",
    "zipf_en",
    "is_known_hindi",
    "hindi_vocabulary",
    "english_vocabulary",
    "romanise",
    "dev_key",
    "en_keys",
    "english_lookalikes",
    "rank_lookalikes",
    "skeleton_index",
    "split_glued",
    "syllable_splits",
]


@lru_cache(maxsize=1)
def hindi_vocabulary() -> frozenset[str]:
    """Every Hindi word wordfreq knows (about 26k, NFC)."""
    from wordfreq import top_n_list

    return frozenset(unicodedata.normalize("NFC", w) for w in top_n_list("hi", 1_000_000))


@lru_cache(maxsize=1)
def english_vocabulary() -> tuple[str, ...]:
    """Ordinary English words (``data/script_english_words.tsv``), most frequent first.

    The list holds lower-case dictionary words only, so transliterated names (Lavrov,
    Pyongyang) do not look like transliterated English words. Read back as a derived table
    (:mod:`audit.core.derived`: parsing the 33,000 lines was ~0.02 s of every start).
    """
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "tuple[str, ...]",
        derived_object(
            "english-vocabulary",
            fingerprint(),
            _read_english_vocabulary,
            accept=lambda obj: isinstance(obj, tuple),
        ),
    )


def _read_english_vocabulary() -> tuple[str, ...]:
    text = data_text("script_english_words.tsv")
    out = []
    for line in text.splitlines():
        w = line.strip()
        if w and not w.startswith("#"):
            out.append(w)
    return tuple(out)


@lru_cache(maxsize=1)
def _english_ranks() -> dict[str, int]:
    return {w: i for i, w in enumerate(english_vocabulary())}


def english_vocabulary_table(name: str, func: Callable[[str], T]) -> Mapping[str, T]:
    """``{word: func(word)}`` for every word of :func:`english_vocabulary` (33,000), computed once
    per machine and kept as a derived table keyed on this package (:mod:`audit.core.derived`):
    a per-word answer about the English words the rules compare Hindi words with (their
    spellings by sound) is then read, not worked out, in every run. ``func`` must be a pure
    function of the word and this package's code and data. Each answer is unpickled the first
    time it is asked (:class:`audit.core.lazymap.LazyMap`, sharing the words' ranks as its
    index: a start reads two byte strings)."""
    from audit.core.derived import derived_object, fingerprint

    def build() -> tuple[bytes, bytes]:
        return pack(func(w) for w in english_vocabulary())

    blob, offsets = derived_object(f"english-{name}-lazy", fingerprint(), build, accept=_is_packed)
    return LazyMap(_english_ranks(), blob, offsets)


def english_rank(word: str) -> int:
    """Frequency rank of an English word in :func:`english_vocabulary` (0 = most frequent; words
    outside it rank last): orders words by frequency without loading wordfreq's English table."""
    ranks = _english_ranks()
    return ranks.get(word.lower(), len(ranks))


def is_known_hindi(word: str, min_zipf: float = 0.0) -> bool:
    """True when wordfreq lists ``word`` as Hindi with Zipf above ``min_zipf``."""
    return zipf_hi(word) > min_zipf


# --------------------------------------------------------------------------- romanisation


@lru_cache(maxsize=1)
def _english_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton → the English words that have it, built once per machine (about 0.3 s
    of keying 33,000 words) and kept as a derived table (:mod:`audit.core.derived`)."""
    from audit.core.derived import derived, fingerprint

    raw = derived("english-index", fingerprint(), _build_english_index)
    return {k: tuple(v) for k, v in raw.items()}


def _build_english_index() -> dict[str, list[str]]:
    return skeleton_index(english_vocabulary())


def skeleton_index(words: Iterable[str]) -> dict[str, list[str]]:
    """Consonant skeleton (``en_keys``) → the Latin-script words of ``words`` that have it."""
    index: dict[str, list[str]] = defaultdict(list)
    for w in words:
        for k in en_keys(w):
            index[k].append(w)
    return dict(index)


def english_lookalikes(word: str, min_key_len: int = 3) -> tuple[tuple[str, float, float], ...]:
    """English words a Devanagari word could be a transliteration of.

    Returns ``(english, zipf_en, similarity)`` triples, best first. Candidates share the
    consonant skeleton exactly (so the match is strict) and are ranked by how close one of
    the romanisations is to the English spelling (difflib ratio, 0–1) and then by frequency.
    Words whose skeleton is shorter than ``min_key_len`` consonants get none.

    A word of wordfreq's Hindi list (two thirds of the words a Hindi text asks about) is read
    from a table ranked once per machine (:func:`vocabulary_table`); any other is ranked here.
    """
    known = _vocabulary_lookalikes().get(word)
    if known is not None:
        key_len, looks = known
        return looks if key_len >= min_key_len else ()
    if len(dev_key(word)) < min_key_len:
        return ()
    return _lookalikes(word)


@lru_cache(maxsize=50_000)
def _lookalikes(word: str) -> tuple[tuple[str, float, float], ...]:
    """:func:`english_lookalikes` without the key-length floor, memoised per word (callers ask
    with different floors for the same word)."""
    return rank_lookalikes(word, _english_index().get(dev_key(word), ()))


@lru_cache(maxsize=1)
def _vocabulary_lookalikes() -> Mapping[str, tuple[int, tuple[tuple[str, float, float], ...]]]:
    """(consonant-key length, look-alikes) of every word of :func:`hindi_vocabulary` (about 1.5 s
    to rank once per machine)."""
    index = _english_index()
    return vocabulary_table(
        "lookalikes", lambda w: (len(dev_key(w)), rank_lookalikes(w, index.get(dev_key(w), ()))), lazy=True
    )


T = TypeVar("T")


def vocabulary_table(
    name: str, func: Callable[[str], T], *outside: str, lazy: bool = False
) -> Mapping[str, T]:
    """``{word: func(word)}`` for every word of :func:`hindi_vocabulary` (26,600), computed once
    per machine and kept as a derived table (:mod:`audit.core.derived`): a rule's answer for the
    ordinary words of Hindi is then a look-up, and only new words (names, typos,
    transliterations) are worked out while auditing. ``func`` must be a pure function of the
    word, this package's code and data, wordfreq's lists and indic-transliteration's schemes: the
    table is keyed on all of them (the package fingerprint and the two libraries' versions), so a
    change to any builds it again; ``outside`` names any other file it reads (the FreeDict
    dictionary: by path, size and mtime, :func:`audit.core.derived.fingerprint`).

    The table keeps only the answers, in the order of the words' shared index
    (:func:`_vocabulary_positions`), so a start does not make 26,600 words again for each table.
    ``lazy``: each answer is read the first time it is asked (:class:`audit.core.lazymap.LazyMap`),
    for a table of large answers made of plain data (the look-alikes: a start reads two byte
    strings instead of 26,600 rankings); otherwise the table is read whole, into a dict."""
    from audit.core.derived import derived_object

    if lazy:

        def build_lazy() -> tuple[bytes, bytes]:
            return pack(func(w) for w in _vocabulary_sorted())

        blob, offsets = derived_object(
            f"hindi-{name}-lazy", _vocabulary_key(*outside), build_lazy, accept=_is_packed
        )
        return LazyMap(_vocabulary_positions(), blob, offsets)

    def build() -> tuple[T, ...]:
        return tuple(func(w) for w in _vocabulary_sorted())

    answers = derived_object(f"hindi-{name}", _vocabulary_key(*outside), build, accept=_is_answers)
    return dict(zip(_vocabulary_sorted(), answers))


_ABSENT = object()


def vocabulary_memo(
    name: str, key: Callable[[], str] | None = None, defaults: tuple[object, ...] = (), maxsize: int = 100_000
) -> Callable[[Callable[..., T]], Callable[..., T]]:
    """Decorator: a pure per-word function memoised in the process (``lru_cache``), whose answers
    for the words of :func:`hindi_vocabulary` are read from a table computed once per machine
    (:func:`vocabulary_table`'s keys, stored sparsely: the commonest answer is left out). Only new
    words (names, transliterations, typos) are then worked out while auditing.

    ``key()`` names what else the answers depend on (the dictionary's and WordNet's stamps; a
    different key reads another table), asked when the table is first read: the memo holds it
    until ``cache_clear()`` (a word seen before is never worked out again either), so a first
    sight costs one look-up, not a call of ``key()`` (~1 µs of each). A function with more arguments than the word reads the
    table only when they equal ``defaults`` (the defaults of its signature: omitted ones count as
    given), never with keyword arguments."""

    def decorate(func: Callable[..., T]) -> Callable[..., T]:
        # the table, read at the first word of the list asked, under ``key()`` then; a process
        # that switches the dictionary clears the memo (``cache_clear``), which reads it again
        loaded: list[tuple[T, dict[str, T]]] = []

        def table() -> tuple[T, dict[str, T]]:
            if not loaded:
                loaded.append(_sparse_table(name, lambda w: func(w, *defaults), key() if key else ""))
            return loaded[0]

        if defaults:

            @lru_cache(maxsize=maxsize)
            def memo(word: str, *args: object, **kwargs: object) -> T:
                if not kwargs and args == defaults[: len(args)] and word in _vocabulary_words():
                    common, rest = loaded[0] if loaded else table()
                    return rest.get(word, common)
                return func(word, *args, **kwargs)

        else:  # (most: a function of the word alone, asked without the arguments' checks)

            @lru_cache(maxsize=maxsize)
            def memo(word: str) -> T:
                if word in _vocabulary_words():
                    common, rest = loaded[0] if loaded else table()
                    return rest.get(word, common)
                return func(word)

        clear = memo.cache_clear

        def cache_clear() -> None:
            clear()
            loaded.clear()

        memo.__doc__ = func.__doc__
        memo.__wrapped__ = func  # type: ignore[attr-defined]
        memo.cache_clear = cache_clear  # type: ignore[method-assign]
        return cast(Callable[..., T], memo)

    return decorate


def _sparse_table(name: str, func: Callable[[str], T], key: str) -> tuple[T, dict[str, T]]:
    """(the commonest answer, {word: any other answer}) over :func:`hindi_vocabulary`: a table of
    a few hundred entries reads faster than one of 26,600 (its words are :func:`_vocabulary_words`)."""
    from collections import Counter

    from audit.core.derived import derived_object

    def build() -> tuple[T, dict[str, T]]:
        answers = {w: func(w) for w in _vocabulary_sorted()}
        common = Counter(answers.values()).most_common(1)[0][0]  # (answers are hashable)
        return common, {w: a for w, a in answers.items() if a != common}

    return cast(
        "tuple[T, dict[str, T]]",
        derived_object(
            f"hindi-{name}", _vocabulary_key(key), build, accept=lambda obj: isinstance(obj, tuple)
        ),
    )


@lru_cache(maxsize=1)
def _vocabulary_sorted() -> tuple[str, ...]:
    """:func:`hindi_vocabulary` in sorted order, kept as a derived table (importing wordfreq costs
    ~0.1 s)."""
    from audit.core.derived import derived_object

    return cast(
        "tuple[str, ...]",
        derived_object(
            "hindi-vocabulary-sorted",
            _vocabulary_key(),
            lambda: tuple(sorted(hindi_vocabulary())),
            accept=lambda obj: isinstance(obj, tuple),
        ),
    )


@lru_cache(maxsize=1)
def _vocabulary_positions() -> dict[str, int]:
    """Each word of :func:`hindi_vocabulary` → its place in sorted order (the tables' index)."""
    return positions(_vocabulary_sorted())


@lru_cache(maxsize=1)
def _vocabulary_words() -> KeysView[str]:
    """The words of :func:`hindi_vocabulary` (for membership)."""
    return _vocabulary_positions().keys()


def vocabulary_key(*outside: str) -> str:
    """The key of a derived table that follows this package, wordfreq's lists, indic-transliteration's
    schemes and the ``outside`` files or stamps (:func:`vocabulary_table`'s)."""
    return _vocabulary_key(*outside)


@lru_cache(maxsize=8)
def _vocabulary_key(*outside: str) -> str:
    from importlib.metadata import version

    from audit.core.derived import fingerprint

    versions = f"wordfreq {version('wordfreq')} indic-transliteration {version('indic_transliteration')}"
    return hashlib.sha256(f"{fingerprint(*outside)}\0{versions}".encode()).hexdigest()[:24]


def _is_packed(obj: object) -> bool:
    return (
        isinstance(obj, tuple) and len(obj) == 2 and isinstance(obj[0], bytes) and isinstance(obj[1], bytes)
    )


def _is_answers(obj: object) -> bool:
    return isinstance(obj, tuple) and len(obj) == len(_vocabulary_sorted())


def rank_lookalikes(
    word: str, cands: Iterable[str], floor: float | None = None
) -> tuple[tuple[str, float, float], ...]:
    """``(latin, zipf_en, similarity)`` for the Latin spellings ``cands`` (which share the
    consonant skeleton of the Devanagari ``word``) whose initial and final vowels agree with it,
    best first (see :func:`english_lookalikes`). With ``floor``, only those whose similarity
    reaches it (the same triples in the same order as filtering the full ranking): a candidate
    whose upper bound (:func:`_ratio_bound`) rounds below the floor is not scored."""
    agree = vowels_agree(word, cands)
    if not agree:
        return ()
    roms = romanise(word)  # (only once a candidate passes the vowel tests)
    if floor is None:
        scored = [(en, zipf_en(en), round(_best_ratio(roms, en), 3)) for en in agree]
    else:
        scored = []
        for en in agree:
            positions = char_positions(en)
            bounds = _bounds(roms, en, positions)
            if round(max(bounds, default=-1.0), 3) < floor:
                continue  # (the ratio is never above the bound, nor its rounding above the bound's)
            sim = round(_best_ratio(roms, en, positions, bounds), 3)
            if sim >= floor:
                scored.append((en, zipf_en(en), sim))
    scored.sort(key=lambda t: (-t[2], -t[1]))
    return tuple(scored)


def vowels_agree(word: str, cands: Iterable[str]) -> tuple[str, ...]:
    """The Latin spellings of ``cands`` whose initial and final vowels agree with the Devanagari
    ``word`` (the candidates :func:`rank_lookalikes` scores, in their order), without scoring them."""
    cands = tuple(cands)
    if not cands:
        return ()
    units = sound_units(unicodedata.normalize("NFC", word))
    dev_vowel_start = bool(units[:1] == [("V", word[:1])])
    while units and units[-1][0] == "N":
        units.pop()
    dev_vowel_end = bool(units) and units[-1][0] in ("M", "V")
    out = []
    for en in cands:
        # a word-initial vowel must agree: एरेनास/arenas yes, डोरबेल/adorable no
        en_vowel_start = en[0] in "aeiou" and not en.startswith(("eu", "uni", "use", "usu"))
        if en_vowel_start != dev_vowel_start:
            continue
        # so must a word-final vowel: मिल्की/milky yes, मिल्की/milk no; final e is silent
        en_vowel_end = en[-1] in "aiouy" or en.endswith(("ee", "ie", "oe"))
        if en_vowel_end != dev_vowel_end:
            continue
        out.append(en)
    return tuple(out)


def _best_ratio(
    roms: tuple[str, ...],
    en: str,
    positions: dict[str, list[int]] | None = None,
    bounds: list[float] | None = None,
) -> float:
    """``max(SequenceMatcher(None, r, en).ratio() for r in roms)``: the same number, with
    ``en`` indexed once (:func:`audit.lang.distance.matching_ratio`, ``positions``) and the
    spellings tried in the order of an upper bound of their ratio (difflib's ``quick_ratio``,
    :func:`_bounds`, computed as the ratio is, never below it): once the best ratio so far
    reaches the next bound, no later spelling can beat it. ``bounds``: :func:`_bounds` of
    ``roms``, when the caller has them."""
    if positions is None:
        positions = char_positions(en)
    if len(roms) == 1:
        return matching_ratio(roms[0], en, positions)
    if bounds is None:
        bounds = _bounds(roms, en, positions)
    best = -1.0
    for i in sorted(range(len(roms)), key=bounds.__getitem__, reverse=True):
        if bounds[i] <= best:
            break  # (every later bound is lower still)
        ratio = matching_ratio(roms[i], en, positions)
        if ratio > best:
            best = ratio
    return best


def _bounds(roms: tuple[str, ...], en: str, positions: dict[str, list[int]]) -> list[float]:
    """An upper bound of each spelling's ratio with ``en`` (difflib's ``quick_ratio``: the
    characters the two share, :func:`audit.lang.distance.common_chars`)."""
    n = len(en)
    return [2.0 * common_chars(r, positions) / (len(r) + n) for r in roms]


# --------------------------------------------------------------------------- glued words

_BAD_START = re.compile("^[\u093e-\u094d\u0962\u0963\u0901-\u0903\u093c]")


def syllable_splits(word: str, min_part_len: int = 2) -> list[tuple[str, str]]:
    """Every split of ``word`` in two at a syllable boundary.

    The right part may not start with a vowel sign, halant, nasal sign or nukta, and the
    left may not end in a halant.
    """
    word = unicodedata.normalize("NFC", word)
    out = []
    for i in range(min_part_len, len(word) - min_part_len + 1):
        left, right = word[:i], word[i:]
        if _BAD_START.match(right) or left.endswith(HALANT):
            continue
        out.append((left, right))
    return out


def split_glued(word: str, min_part_zipf: float = 3.5, min_part_len: int = 2) -> tuple[str, str] | None:
    """Best split of a word into two frequent Hindi words (each Zipf >= ``min_part_zipf``), or None.

    The split whose weaker part is most frequent wins.
    """
    best: tuple[float, str, str] | None = None
    for left, right in syllable_splits(word, min_part_len):
        score = min(zipf_hi(left), zipf_hi(right))
        if score >= min_part_zipf and (best is None or score > best[0]):
            best = (score, left, right)
    return (best[1], best[2]) if best else None
