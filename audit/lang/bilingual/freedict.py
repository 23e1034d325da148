"""The FreeDict English→Hindi dictionary with stem keys for matching inflected Hindi.

The dictionary is read in place at run time by :mod:`audit.lang.engdict` (Debian
``dict-freedict-eng-hin``, GPL; never copied into this repository, nor anything derived from
it). This module adds to each translation the stem keys of its content words
(:func:`audit.lang.bilingual.hindi.phrase_keys`), so that शिकार करना matches शिकार, फेंकना matches
फेंक दिया. When the dictionary is absent, :func:`load` returns ``None``; the rules that need it declare
``needs={"dictionary"}`` and the run names them as skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from audit.lang import engdict
from audit.lang.bilingual.hindi import phrase_keys

MAX_GLOSS_WORDS = 3  # longer translations are definitions, not translations


@dataclass(frozen=True)
class Sense:
    pos: str  # FreeDict part of speech (N, V, Adj, Adv …) or ""
    hindi: str  # the translation as written
    keys: tuple[str, ...]  # stem keys of its content words


class Dictionary:
    """English headword (lower case) → Hindi senses."""

    def __init__(self, entries: dict[str, list[Sense]], source: str) -> None:
        self.entries = entries
        self.source = source

    def senses(self, word: str) -> list[Sense]:
        return self.entries.get(word.lower(), [])

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and word.lower() in self.entries

    def keys(self, word: str) -> set[tuple[str, ...]]:
        """The stem-key tuples of the word's short glosses (translations, not definitions)."""
        return {s.keys for s in self.senses(word) if s.keys and len(s.keys) <= MAX_GLOSS_WORDS}


def from_engdict(eh: engdict.EngHin, source: str = "freedict-eng-hin") -> Dictionary:
    entries = {
        en: [Sense(s.pos, s.hindi, phrase_keys(s.hindi)) for s in senses] for en, senses in eh.senses.items()
    }
    return Dictionary(entries, source)


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
