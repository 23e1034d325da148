"""One-word names of the source translated as Hindi words (HI503): *singer Rain* → गायक बारिश.

:func:`audit.rules.source.names.source_names` leaves out a lone capitalised word at the start of a
sentence (too ambiguous), and a one-word name elsewhere is checked only for being left out. A
mononym (Rain, Seal, Usher) or a surname used alone (Slot, Major) is still a name when the English
grammar says so:

* right after a **role noun** — any lower-case noun WordNet files under people (*singer*,
  *member*, *striker*; also capitalised at the start of the sentence) — and before no other
  capitalised word: *Korean singer Rain will play*, *BTS member Suga completed*;
* at the start of a sentence, as the subject of a **verb of saying** right after it (*Slot said*,
  *Peskov told*), when it is no person noun itself (*Officials said*).

The part is a calque when an MT word is a one-word dictionary translation of it (FreeDict, the
name-word glossary) that neither spells it nor translates another word of the source
(:func:`audit.rules.source.part_slots.calque_of`).
"""

from __future__ import annotations

import re

from audit.lang.bilingual.concrete import is_person
from audit.lang.frequency import zipf_en
from audit.rules.source.common import at_sentence_start, bare, lexicon
from audit.rules.source.part_slots import calque_of, gloss_keys, other_gloss_keys

_TOKEN_RE = re.compile(r"[A-Za-z]+")
#: verbs of saying right after a sentence-initial subject
SAYING = frozenset("said says told tells added asked replied insisted warned admitted".split())
#: a word this common in English is a name only in these frames, never a stray capital
MIN_WORD_ZIPF = 2.5


def mononym_calques(
    src: str, mt_words: list[tuple[int, int, str]], used: set[int]
) -> list[tuple[str, int, int]]:
    """(English part, source start, MT word index) of the one-word names translated (module doc)."""
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"])
    translatable = set(lexicon()["names"]["translatable"])
    toks = list(_TOKEN_RE.finditer(src))
    out: list[tuple[str, int, int]] = []
    for n, m in enumerate(toks):
        word = m.group()
        low = word.lower()
        if not word[:1].isupper() or word.isupper() or len(word) < 3 or low in months or low in translatable:
            continue
        prev = toks[n - 1] if n > 0 and re.fullmatch(r"\s+", src[toks[n - 1].end() : m.start()]) else None
        nxt = (
            toks[n + 1]
            if n + 1 < len(toks) and re.fullmatch(r"\s+", src[m.end() : toks[n + 1].start()])
            else None
        )
        at_start = at_sentence_start(src, m.start())
        role = (
            prev is not None
            and (prev.group()[:1].islower() or at_sentence_start(src, prev.start()))
            and is_person(prev.group().lower())
            and (nxt is None or not nxt.group()[:1].isupper())
        )
        speaker = at_start and nxt is not None and nxt.group() in SAYING and not is_person(low)
        if not (role or speaker) or is_person(low) or zipf_en(low) < MIN_WORD_ZIPF or not gloss_keys(low):
            continue
        other = other_gloss_keys(src, {(m.start(), m.end())})
        for j, (_s, _e, w) in enumerate(mt_words):
            if j not in used and calque_of(word, bare(w), other, foreign_ok=False):
                out.append((word, m.start(), j))
                used.add(j)
                break
    return out
