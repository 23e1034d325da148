"""The FreeDict English→Hindi dictionary with stem keys for matching inflected Hindi.

The dictionary is read in place at run time by :mod:`audit.lang.engdict` (Debian
``dict-freedict-eng-hin``, GPL; never copied into this repository, nor anything derived from
it). This module adds to each translation the stem keys of its content words
(:func:`audit.lang.bilingual.hindi.phrase_keys`), so that शिकार करना matches शिकार, फेंकना matches
फेंक दिया. When the dictionary is absent, :func:`load` returns ``None``; the rules that need it declare
``needs={"dictionary"}`` and the run names them as skipped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from audit.core.lazymap import LazyMap
from audit.lang import engdict
from audit.lang.bilingual.hindi import phrase_keys

MAX_GLOSS_WORDS = 3  # longer translations are definitions, not translations
#: a Hindi infinitive's ending (मथना, चमकाना): the dictionary glosses a verb by it
INFINITIVE = "ना"


@dataclass(frozen=True)
class Sense:
    pos: str  # FreeDict part of speech (N, V, Adj, Adv …) or ""
    hindi: str  # the translation as written
    keys: tuple[str, ...]  # stem keys of its content words


class Dictionary:
    """English headword (lower case) → Hindi senses (in the parsed copy a
    :class:`audit.core.lazymap.LazyMap`: a start reads the headwords, and each entry's senses the
    first time it is asked)."""

    def __init__(self, entries: Mapping[str, list[Sense]], source: str) -> None:
        self.entries = entries
        self.source = source
        self._two_word: frozenset[tuple[str, str]] | None = None

    def senses(self, word: str) -> list[Sense]:
        return self.entries.get(word.lower(), [])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.entries

    def keys(self, word: str) -> set[tuple[str, ...]]:
        """The stem-key tuples of the word's short glosses (translations, not definitions)."""
        return {s.keys for s in self.senses(word) if s.keys and len(s.keys) <= MAX_GLOSS_WORDS}

    def verb_stems(self, word: str) -> tuple[str, ...]:
        """Stems of the one-word Hindi infinitives given the word as a verb (churn → मथ, polish →
        चमका): every form of such a stem (मथकर, चमकाकर) is the verb's own Hindi, where the stem
        keys of a short stem keep its ending (मथकर → मथकर, मथना → मथन)."""
        out = []
        for s in self.senses(word):
            words = s.hindi.split()
            if s.pos.upper().startswith("V") and len(words) == 1 and words[0].endswith(INFINITIVE):
                stem = words[0][: -len(INFINITIVE)]
                if len(stem) >= 2 and stem.isalpha():
                    out.append(stem)
        return tuple(dict.fromkeys(out))

    def two_word_keys(self) -> frozenset[tuple[str, str]]:
        """The stem keys of every two-word Hindi translation of one English word (*ivory* → हाथी
        दाँत, *ambulance* → अस्पताल गाड़ी): worked out once and kept in the parsed copy, so a
        start does not read every entry for it."""
        if self._two_word is None:
            self._two_word = frozenset(
                (s.keys[0], s.keys[1]) for senses in self.entries.values() for s in senses if len(s.keys) == 2
            )
        return self._two_word


def from_engdict(eh: engdict.EngHin, source: str = "freedict-eng-hin") -> Dictionary:
    entries = {
        en: [Sense(s.pos, s.hindi, phrase_keys(s.hindi)) for s in senses] for en, senses in eh.senses.items()
    }
    out = Dictionary(entries, source)
    out.two_word_keys()
    out.entries = LazyMap.of(
        {en: tuple((s.pos, s.hindi, s.keys) for s in senses) for en, senses in entries.items()}, _senses
    )
    return out


def _senses(rows: tuple[tuple[str, str, tuple[str, ...]], ...]) -> list[Sense]:
    """An entry's senses from the rows the parsed copy keeps (a value pickled on its own names no
    class: :mod:`audit.core.lazymap`)."""
    return [Sense(*row) for row in rows]


@lru_cache(maxsize=1)
def load() -> Dictionary | None:
    """The installed dictionary with stem keys, built once per process; ``None`` when absent."""
    index = engdict._index_path()
    if index is None:
        return None
    # kept in the cache folder beside the parsed copy (:func:`audit.lang.engdict.dictionary`), keyed
    # on the package and the dictionary file: a ~40 ms read instead of ~0.25 s of stem keys a start
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "Dictionary | None",
        derived_object(
            "freedict-keys",
            f"{fingerprint()}-{engdict.cache_key(index)}",
            _build,
            accept=lambda obj: obj is None or isinstance(obj, Dictionary),
        ),
    )


def _build() -> Dictionary | None:
    eh = engdict.dictionary()
    if not eh.senses:
        return None
    return from_engdict(eh)
