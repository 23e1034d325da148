"""One-word names of the source translated as Hindi words (HI503): *singer Rain* → गायक बारिश.

:func:`audit.rules.source.names.source_names` leaves out a lone capitalised word at the start of a
sentence (too ambiguous), and a one-word name elsewhere is checked only for being left out. A
mononym (Rain, Seal, Usher) or a surname used alone (Slot, Major) is still a name when the English
grammar says so:

* right after a **role noun** — any lower-case noun WordNet files under people (*singer*,
  *member*, *striker*; also capitalised at the start of the sentence) — and before no other
  capitalised word: *Korean singer Rain will play*, *BTS member Suga completed*;
* at the start of a sentence, as the subject of a **verb of saying** right after it (*Slot said*,
  *Peskov told*) or described by a **who-clause** (*Fox, who founded the company*), when its first
  WordNet sense is no person (*Officials said*; *fox* and *lamb* name people only in later senses).

The part is a calque when an MT word is a one-word dictionary translation of it (FreeDict, the
name-word glossary) that neither spells it nor translates another word of the source
(:func:`audit.rules.source.part_slots.calque_of`).

A name after a role noun is also a calque, in any language and whether or not a dictionary knows
it (*the rapper Blizzard*, *singer Björk*), when the MT word right after the role's rendering
(translated, गायिका, or spelled out, रैपर) is a Hindi word — one Hindi text uses or the dictionary
knows — that reads as no word of the source, translates none of its other words, is no honorific
or kin word, while no MT word anywhere spells the name
(:func:`audit.rules.source.unread_slots.unread_slot_word`): the role names the slot, the Hindi
word fills it. A reading wins (*Actor Aakash* → अभिनेता आकाश).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import is_person
from audit.lang.frequency import zipf_en
from audit.rules.name_roles import person_first
from audit.rules.source.common import ascii_letters, at_sentence_start, bare, lexicon
from audit.rules.source.part_places import role_position
from audit.rules.source.part_slots import calque_of, gloss_keys, hindi_word, other_gloss_keys
from audit.rules.source.roles import agent_noun
from audit.rules.source.unread_slots import unread_slot_word

_TOKEN_RE = re.compile(r"[A-Za-z]+")
#: verbs of saying right after a sentence-initial subject
SAYING = frozenset("said says told tells added asked replied insisted warned admitted".split())
#: a who-clause right after a sentence-initial word: it describes a person (*Sparrow, who worked …*)
_WHO_RE = re.compile(r",\s+who(?:se)?\b")
#: a word this common in English is a name only in these frames, never a stray capital
MIN_WORD_ZIPF = 2.5


def mononym_calques(
    src: str, mt_words: list[tuple[int, int, str]], used: set[int]
) -> list[tuple[str, int, int]]:
    """(English part, source start, MT word index) of the one-word names translated (module doc)."""
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"])
    translatable = set(lexicon()["names"]["translatable"])
    src = ascii_letters(src)  # Björk → Bjork (one token, same offsets)
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
        # a speaker: the subject of a verb of saying, or a name a who-clause describes (*Fox, who
        # founded the company*); no person noun (*Officials said*) — but a singular whose person
        # sense comes after another (*fox*, *lamb*) stands bare before *said* only as a name
        speaker = (
            at_start
            and ((nxt is not None and nxt.group() in SAYING) or _WHO_RE.match(src, m.end()) is not None)
            and (not is_person(low) or (low in E.lemmas(low) and not person_first(low)))
        )
        # a person noun is a name only right after a role (*the singer Jewel*) or as a speaker, and
        # never a second role (*Officials said*, *the singer Songwriter*)
        if not (role or speaker) or (is_person(low) and not speaker and (not role or agent_noun(low))):
            continue
        other = other_gloss_keys(src, {(m.start(), m.end())})
        hit = None
        if zipf_en(low) >= MIN_WORD_ZIPF and gloss_keys(low):
            hit = next(
                (
                    j
                    for j, (_s, _e, w) in enumerate(mt_words)
                    if j not in used and calque_of(word, bare(w), other, foreign_ok=False)
                ),
                None,
            )
        if hit is None and role and prev is not None:
            hit = _role_slot_word(word, prev.group(), src, mt_words, used, other)
        if hit is not None:
            out.append((word, m.start(), hit))
            used.add(hit)
    return out


def _role_slot_word(
    word: str,
    role: str,
    src: str,
    mt_words: Sequence[tuple[int, int, str]],
    used: set[int],
    other: frozenset[str],
) -> int | None:
    """MT position of the Hindi word standing in the slot of the name ``word`` right after the
    rendering of its role noun ``role``, the name read nowhere in the MT (module doc), or None."""
    r = role_position(role, mt_words, used)
    if r is None or r + 1 >= len(mt_words) or r + 1 in used:
        return None
    j = r + 1
    if mt_words[j][0] - mt_words[r][1] != 1:  # one space or hyphen: no comma between
        return None
    hindi = bare(mt_words[j][2])
    if not hindi or not hindi_word(hindi):
        return None
    return j if unread_slot_word(word, hindi, mt_words, src, other) else None
