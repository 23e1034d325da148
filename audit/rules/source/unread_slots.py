"""A name part no word of the MT reads, whose slot beside the name's spelled part holds a Hindi
word (HI503): the name's slot filled by a Hindi word.

The source says a name is there (*Inês Moreira*, *Dmitry Orlov*, *Ana Caballero*). When the MT
spells one part of it (इनेस, दिमित्री, आना) and, right after it where the next part belongs,
writes a word that reads as none of that part's Devanagari spellings nor as any other word of the
source, while no word anywhere in the MT spells the part, the word stands in the name's place: a
translation of the part (शहतूत *mulberry*, उकाब *eagle*, घुड़सवार *rider*) that no dictionary of
ours need know, from a language none of ours covers (Portuguese, Russian, Spanish, Finnish).

No such word: a function word, an honorific (श्री, जी), a word Hindi writes after a name (kin,
Indian surnames, collectives: भाई, लाल, परिवार — ``data/name_slots.toml``), an English word spelled out (कोच), a word
that translates another word of the source, and a word that reads the part by any of its
orthographies (its English and own-language readings, East-Asian romanisations, the sound
spelling of a name) — a dictionary word that shares only the part's coarse consonant key
(मगरमच्छ for Mokoena: NKRNC ~ NKN), or a short word whose letters merely occur in a long name
(चीड़ in *pinheiro*), reads nothing and stays a candidate. An Indian name whose part is also a Hindi word (Kamal → कमल) is a reading,
and a reading wins.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any

from audit.lang import engdict
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import is_stop, stem_key
from audit.lang.distance import edit_distance
from audit.lang.engdict import is_transliteration
from audit.lang.frequency import zipf_hi
from audit.lang.name_readings import readings
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key, romanise, romanised_keys
from audit.rules import name_data
from audit.rules.name_class import after_name_word, norm
from audit.rules.source.common import bare, lexicon

#: a romanisation of the Hindi word this close to the part's sound spelling reads the part (a
#: loose bar: a reading the phonetic keys miss must not be taken for a translation)
READING_RATIO = 0.5
#: consonant keys this close (1 - edits / longer key) read the same name
KEY_RATIO = 0.6
#: source words shorter than this are not read back (a, of, in)
MIN_SOURCE_WORD = 3
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]+")


@lru_cache(maxsize=65536)
def spells_word(word: str, hindi: str) -> bool:
    """``hindi`` spells the source word ``word``: its phonetic key, an East-Asian romanisation, or
    a reading by the word's own orthography (Takács → ताकाच)."""
    key = devanagari_key(hindi)
    if not key:
        return False
    if keys_match(phonetic_key(word), key) or any(keys_match(k, key) for k in romanised_keys(word)):
        return True
    return any(keys_match(phonetic_key(r), key) for r in readings(word))


def _close_key(word: str, hindi: str) -> bool:
    """The consonant keys of ``word`` and ``hindi`` are within :data:`KEY_RATIO` of each other."""
    key, english = devanagari_key(hindi), phonetic_key(word)
    return (
        bool(key and english) and 1 - edit_distance(english, key) / max(len(english), len(key)) >= KEY_RATIO
    )


@lru_cache(maxsize=65536)
def reads_part(word: str, hindi: str) -> bool:
    """``hindi`` is a Devanagari reading of the name part ``word``, loosely: it spells it
    (:func:`spells_word`), its consonant key is close to the part's, or a romanisation of it is
    close to the part's sound spelling (Kamal → कमल, Wainwright → वेनराइट)."""
    if spells_word(word, hindi) or _close_key(word, hindi):
        return True  # (a close key: letters English writes and does not say, Wainwright → वेनराइट)
    spelt = name_data.sound_spelling(word)
    return any(SequenceMatcher(None, spelt, r).ratio() >= READING_RATIO for r in romanise(hindi))


@lru_cache(maxsize=65536)
def _loose_look_only(word: str, hindi: str) -> bool:
    """``hindi`` resembles the part ``word`` only loosely, by chance rather than as its reading:
    no spelling of it, and either only its coarse consonant key while the Hindi dictionary has it
    as a word (मगरमच्छ for Mokoena, बहादुर for Bravo), or only a sound match that covers less than
    half of the part's sound spelling (चीड़, *chir*, inside *pinheiro*: a short word's letters found
    in a long name; रिच्ची, *richchi*, covers *riksi*)."""
    if spells_word(word, hindi):
        return False
    spelt = name_data.sound_spelling(word)
    if not spelt:
        return False
    if _close_key(word, hindi):
        if any(SequenceMatcher(None, spelt, r).ratio() >= READING_RATIO for r in romanise(hindi)):
            return False
        return bool(engdict.dictionary().translates_as_word(hindi))
    return not any(
        sum(b.size for b in SequenceMatcher(None, spelt, r).get_matching_blocks()) / len(spelt)
        >= READING_RATIO
        for r in romanise(hindi)
    )


def spells_source_word(src: str, hindi: str, but: str = "") -> bool:
    """``hindi`` spells a word of the source other than ``but`` (*penalties* → पेनल्टी; डिफ़ेंडर,
    *defender*, near *Pinheiro* by its consonants): that word written out."""
    return any(
        spells_word(t, hindi)
        for _, _, t in E.tokens(src)
        if len(t) >= MIN_SOURCE_WORD and t.isalpha() and t != but
    )


@lru_cache(maxsize=1)
def _hindi_honorifics() -> frozenset[str]:
    names = lexicon()["names"]
    return frozenset(names["hindi_honorifics"]) | frozenset(names["hindi_function_words"])


def unread_slot_word(
    part: str,
    hindi: str,
    mt_words: Sequence[tuple[int, int, str]],
    src: str,
    other_keys: frozenset[str],
) -> bool:
    """``hindi``, in the slot of the name part ``part`` beside the name's spelled part, stands for
    the part: a Hindi word that reads as no word of the source, translates none of its other
    words, and is no honorific or function word, while no MT word reads the part (module doc)."""
    if not _DEVANAGARI_RE.fullmatch(hindi) or len(hindi) < 2:
        return False
    if is_stop(hindi) or hindi.rstrip(".") in _hindi_honorifics() or after_name_word(norm(hindi)):
        return False  # a function word, an honorific, kin, an Indian surname, a collective (जी, भाई, लाल, परिवार)
    if stem_key(hindi) in other_keys or is_transliteration(hindi, common=False):
        return False
    if (reads_part(part, hindi) and not _loose_look_only(part, hindi)) or spells_source_word(src, hindi):
        return False  # the part, or another word of the source, written out
    # elsewhere, a spelling or a close key (a loose sound match of a short name, Oyama ~ होम, is
    # chance; so is a close key of a dictionary word, बहादुर ~ Montero)
    return not any(
        spells_word(part, w)
        or (_close_key(part, w) and not _loose_look_only(part, w) and not spells_source_word(src, w, part))
        for _, _, raw in mt_words
        if (w := bare(raw)) and not is_stop(w) and w != hindi
    )


#: a word this rare in Hindi text, spelling a short given name exactly, is that name written out
#: (ऊवे, आइनो; not आना *to come* for Ana)
SHORT_ANCHOR_MAX_ZIPF = 3.0


def _short_anchor_word(hindi: str) -> bool:
    """Hindi text hardly uses ``hindi`` (ऊवे, आइनो; not आना *to come* for Ana), or it is an Indian
    given name of the name tables (मीना for Mina, रीता for Rita): a name written out however common."""
    return zipf_hi(hindi) < SHORT_ANCHOR_MAX_ZIPF or name_data.indian_name(norm(hindi), "given")


def short_given_anchor(
    name: Sequence[Any], mt_words: Sequence[tuple[int, int, str]], keys: Sequence[str], used: set[int]
) -> tuple[int, int] | None:
    """(part, MT position) of a listed given name of one consonant (Uwe, Aino, Yuki), or a listed
    family name of one consonant first in the name (East-Asian order: Zhou, Liu), followed in the
    source by another part, that one MT word spells exactly and Hindi text hardly uses: the anchor
    of a name no longer part places, so its next part's slot can be read (:func:`_short_anchor_word`)."""
    names = name_data.latin_names()
    for i, tok in enumerate(name[:-1]):
        listed = names.get(tok.text.lower(), "")
        if len(tok.key) != 1 or not ("given" in listed or (i == 0 and "surname" in listed)):
            continue
        spots = [
            j
            for j, k in enumerate(keys)
            if k == tok.key
            and j not in used
            and _short_anchor_word(bare(mt_words[j][2]))
            and reads_part(tok.text, bare(mt_words[j][2]))
        ]
        if len(spots) == 1:
            return i, spots[0]
    return None
