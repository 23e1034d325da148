"""English→Hindi dictionary read at run time from the system's FreeDict ``eng-hin`` database.

FreeDict eng-hin (Debian package ``dict-freedict-eng-hin``, files
``/usr/share/dictd/freedict-eng-hin.{index,dict.dz}``) is GPL-licensed: it is read in place
when a check needs it and neither it nor anything derived from it is stored in this
repository. It is looked for in ``$AUDIT_FREEDICT_DIR`` (``none`` switches it off), then
``/usr/share/dictd`` and ``/usr/local/share/dictd``. A parsed copy is kept in the cache
folder (``$AUDIT_CACHE_DIR`` or the platform's, ``derived/engdict-*.pickle``), keyed on the
dictionary file's size and mtime, so later runs start fast.

When the dictionary is absent every look-up returns nothing and :func:`available` is False;
the checks that depend on it then stay silent and the run reports them as skipped
(rules declare ``needs={"dictionary"}``; :func:`audit.rules.registry.skipped_note`).
"""

from __future__ import annotations

import gzip
import os
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from audit.core.derived import derived_object
from audit.core.text import LETTER_WORD_RE
from audit.lang.phonetic import spelling_key
from audit.lang.wordnet import WORDNET_DIR as WORDNET_DIR
from audit.lang.wordnet import available as wordnet_available

__all__ = [
    "EngHin",
    "Sense",
    "SenseExample",
    "sense_examples",
    "dictionary",
    "available",
    "hindi_key",
    "is_transliteration",
    "DEFAULT_INDEX",
]

DICT_NAME = "freedict-eng-hin"
DEFAULT_INDEX = Path(f"/usr/share/dictd/{DICT_NAME}.index")
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_HEAD_RE = re.compile(r"^(?P<hw>.+?) /[^/]*/ <(?P<pos>[^>]*)>\s*$")
_SENSE_RE = re.compile(r"^\d+\.\s+(?P<tr>.+)$")
_BRACES = re.compile(r"\{[^{}]*\}|\([^()]*\)")
_DEVA_WORD = LETTER_WORD_RE
_CACHE_VERSION = 4  # 4: Sense is a named tuple


#: Spelling-variant key of a Hindi word (चन्द्रमा = चंद्रमा, चाँदी = चांदी, ज़मीन = जमीन):
#: :func:`audit.lang.phonetic.spelling_key`.
hindi_key = spelling_key


class Sense(NamedTuple):
    """One translation of one sense. A named tuple, not a frozen dataclass: the parsed copy holds
    ~33,000 of them and a start reads it back ~30 % faster (the same fields, equality and hash)."""

    english: str
    pos: str  # FreeDict part of speech: N, V, VT, VI, Adj, Adv, Prep, ...
    rank: int  # 1 = first sense of its entry
    hindi: str  # one translation, NFC, spaces normalised (लात मारना)


@dataclass
class EngHin:
    """Both directions of the dictionary: English headword → senses, Hindi word → senses."""

    senses: dict[str, list[Sense]] = field(default_factory=dict)
    by_hindi: dict[str, list[Sense]] = field(default_factory=dict)  # hindi_key of every word of a translation
    by_phrase: dict[str, list[Sense]] = field(default_factory=dict)  # hindi_key of the whole translation

    def translations(self, english: str, max_rank: int = 99, pos: tuple[str, ...] = ()) -> list[str]:
        """Hindi translations of ``english`` (lower case), best sense first."""
        out = [
            s.hindi
            for s in self.senses.get(english.lower(), [])
            if s.rank <= max_rank and (not pos or s.pos.startswith(pos))
        ]
        return list(dict.fromkeys(out))

    def english_for(self, hindi_word: str) -> list[Sense]:
        """Senses whose translation contains the Devanagari word ``hindi_word``."""
        return self.by_hindi.get(hindi_key(hindi_word), [])

    def translates_as_word(self, hindi_word: str) -> list[Sense]:
        """Senses whose whole translation is ``hindi_word`` (a Hindi word in its own right, not
        a word inside some phrase's translation)."""
        return self.by_phrase.get(hindi_key(hindi_word), [])

    def __bool__(self) -> bool:
        return bool(self.senses)


def _decode(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + _B64.index(ch)
    return n


def _entries(index: Path) -> Iterable[tuple[str, str, list[str]]]:
    """(headword in lower case, part of speech, the entry's lines after its head) of every entry."""
    data_path = index.with_name(index.name.replace(".index", ".dict.dz"))
    if not data_path.exists():
        data_path = index.with_name(index.name.replace(".index", ".dict"))
    raw = gzip.open(data_path).read() if data_path.suffix == ".dz" else data_path.read_bytes()
    for line in index.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0].startswith("00-"):
            continue
        start, length = _decode(parts[1]), _decode(parts[2])
        entry = raw[start : start + length].decode("utf-8", "replace").splitlines()
        head = _HEAD_RE.match(entry[0]) if entry else None
        if head is not None:
            yield head.group("hw").strip().lower(), head.group("pos").strip(), entry[1:]


def _translations(tr: str) -> list[str]:
    """The Devanagari translations of one sense line's text (braces dropped, NFC, ~ as space)."""
    out = []
    for part in _BRACES.sub(" ", tr).split(","):
        part = unicodedata.normalize("NFC", " ".join(part.replace("~", " ").split()))
        if part and _DEVA_WORD.search(part):
            out.append(part)
    return out


def _parse(index: Path) -> EngHin:
    out = EngHin()
    senses: dict[str, list[Sense]] = defaultdict(list)
    for hw, pos, lines in _entries(index):
        for ln in lines:
            m = _SENSE_RE.match(ln.strip())
            if not m:
                continue
            rank = int(ln.strip().split(".", 1)[0])
            for tr in _translations(m.group("tr")):
                senses[hw].append(Sense(hw, pos, rank, tr))
    out.senses = dict(senses)
    by_hindi: dict[str, list[Sense]] = defaultdict(list)
    by_phrase: dict[str, list[Sense]] = defaultdict(list)
    for lst in out.senses.values():
        for s in lst:
            by_phrase[hindi_key(s.hindi)].append(s)
            for w in {hindi_key(x) for x in _DEVA_WORD.findall(s.hindi)}:
                by_hindi[w].append(s)
    out.by_hindi, out.by_phrase = dict(by_hindi), dict(by_phrase)
    return out


def _index_path() -> Path | None:
    env = os.environ.get("AUDIT_FREEDICT_DIR", "").strip()
    if env.lower() in {"none", "off", "0"}:
        return None
    dirs = ([Path(env)] if env else []) + [DEFAULT_INDEX.parent, Path("/usr/local/share/dictd")]
    for d in dirs:
        index = d / DEFAULT_INDEX.name
        if index.is_file() and (
            index.with_name(f"{DICT_NAME}.dict.dz").is_file()
            or index.with_name(f"{DICT_NAME}.dict").is_file()
        ):
            return index
    return None


def cache_key(index: Path) -> str:
    """What the parsed copy depends on: the parser's version, this module's path (pickles refer
    to classes by module: a moved module or another checkout must not read this one's copy) and
    the dictionary file's size and mtime."""
    st = index.stat()
    return f"{_CACHE_VERSION}-{__name__}-{st.st_size}-{int(st.st_mtime)}"


def stamp() -> str:
    """What a table derived from the dictionary depends on (:func:`cache_key`), ``none`` without
    it; cheap to ask again (keyed on whether the dictionary is there, like the tables of HI408)."""
    return _stamp(available())


@lru_cache(maxsize=2)
def _stamp(there: bool) -> str:
    index = _index_path() if there else None
    return cache_key(index) if index is not None else "none"


@lru_cache(maxsize=1)
def dictionary() -> EngHin:
    """The parsed dictionary (empty when it is not installed); the parsed copy is kept in the
    cache folder (:func:`audit.core.derived.derived_object`)."""
    index = _index_path()
    if index is None:
        return EngHin()
    return derived_object(
        "engdict", cache_key(index), lambda: _parse(index), accept=lambda obj: isinstance(obj, EngHin)
    )


@lru_cache(maxsize=16384)
def is_transliteration(hindi_word: str, english: str | None = None, common: bool = True) -> bool:
    """True when ``hindi_word`` spells out an English word rather than translating one: an English
    word the dictionary renders with it (bill → बिल in some dictionaries), ``english`` itself, or
    (with ``common``) a very common English word it reads as (Zipf ≥ 4.5, similarity ≥ 0.85)."""
    from audit.lang import resources as res

    known = {s.english for s in dictionary().english_for(hindi_word)}
    if english:
        known.add(english)
    return any(
        (en in known and sim >= 0.6) or (common and sim >= 0.85 and z >= 4.5)
        for en, z, sim in res.english_lookalikes(hindi_word, min_key_len=2)
    )


def translated_as(hindi: str, pos: str) -> bool:
    """Whether the dictionary gives ``hindi`` as the whole translation of an English word whose
    part of speech starts with ``pos`` (``"V"``: any verb, बनाना *build*; ``"N"``; ``"Adj"``)."""
    return any(s.pos.startswith(pos) for s in dictionary().translates_as_word(hindi))


def infinitives(hindi_word: str, endings: Iterable[str]) -> Iterator[str]:
    """The infinitives (stem + ना) ``hindi_word`` may be a form of, one per ending of ``endings``
    it ends in (``""``: the word is the stem) that leaves a stem of two letters or more, in the
    order of ``endings`` (हराया, ``("ाया",)`` → हराना)."""
    for end in endings:
        if hindi_word.endswith(end) and len(hindi_word) - len(end) >= 2:
            yield hindi_word[: len(hindi_word) - len(end)] + "ना"


def verb_form(hindi_word: str, endings: Iterable[str]) -> bool:
    """Whether ``hindi_word`` is a form of a Hindi verb the dictionary gives: one of ``endings``
    leaves a stem of two letters or more whose infinitive (stem + ना) the dictionary translates as
    an English verb (मरी: मरना, घिरे: घिरना)."""
    return any(translated_as(inf, "V") for inf in infinitives(hindi_word, endings))


def available() -> bool:
    return bool(dictionary().senses)  # (what ``bool(dictionary())`` says, without its call: ~30,000 a pass)


class SenseExample(NamedTuple):
    """One numbered sense of an entry: its translations and the English of its first example
    sentence (FreeDict groups an entry's Hindi by sense, each sense with an example: *palm* <N>
    1. हथेली "Her palms are very soft." 2. ताड़ का पेड़ "… a lot of palm trees along the beach.")."""

    pos: str
    rank: int
    hindi: tuple[str, ...]
    example: str  # "" when the sense has none
    example_hindi: str  # the example's Hindi ("" when none)


_DEVANAGARI = re.compile("[\u0900-\u097f]")


_ExampleRow = tuple[str, int, tuple[str, ...], str, str]


def _parse_examples(index: Path) -> dict[str, tuple[_ExampleRow, ...]]:
    out: dict[str, list[_ExampleRow]] = defaultdict(list)
    for hw, pos, lines in _entries(index):
        ranked: list[list] = []
        for ln in lines:
            t = ln.strip()
            m = _SENSE_RE.match(t)
            if m:
                ranked.append([pos, int(t.split(".", 1)[0]), tuple(_translations(m.group("tr"))), "", ""])
            elif ranked and t.startswith('"'):
                slot = 4 if _DEVANAGARI.search(t) else 3
                if not ranked[-1][slot]:
                    ranked[-1][slot] = unicodedata.normalize("NFC", t.strip('"').strip())
        if ranked:
            out[hw].extend((p, r, h, ex, exh) for p, r, h, ex, exh in ranked)
    return {hw: tuple(v) for hw, v in out.items()}


@lru_cache(maxsize=1)
def _examples() -> dict[str, tuple[_ExampleRow, ...]]:
    index = _index_path()
    if index is None:
        return {}
    return derived_object(
        "engdict-examples",
        f"2-{cache_key(index)}",
        lambda: _parse_examples(index),
        accept=lambda o: isinstance(o, dict),
    )


@lru_cache(maxsize=8192)
def sense_examples(english: str) -> tuple[SenseExample, ...]:
    """Every numbered sense of every entry of ``english`` (lower case) with its example; () without
    the dictionary. The table is worked out once and kept in the cache folder (read in place,
    never stored in the repository: FreeDict is GPL)."""
    return tuple(SenseExample(*row) for row in _examples().get(english.lower(), ()))


# ----------------------------------------------------------------------------- optional resources

#: optional system data a rule may declare in ``needs``: name → (is it there?, how to get it)
RESOURCES: dict[str, tuple[Callable[[], bool], str]] = {
    "dictionary": (available, "English–Hindi dictionary (apt install dict-freedict-eng-hin)"),
    "wordnet": (wordnet_available, "WordNet (apt install wordnet)"),
}


def missing_resources(needs: Iterable[str]) -> list[str]:
    """How to get each resource in ``needs`` that is not installed."""
    return [RESOURCES[n][1] for n in sorted(needs) if n in RESOURCES and not RESOURCES[n][0]()]
