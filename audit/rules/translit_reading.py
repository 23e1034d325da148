"""Whether a Devanagari word reads as an ordinary English word — by the transliterator's spellings
or by sound (:mod:`audit.lang.translit_xlit`, :mod:`audit.lang.translit_sound`: ब्लू *blue*, बे
*bay*, ड्यू *due*: too short for the letter skeleton) — and is no Hindi word: not one the dictionary
gives, not a form of a Hindi verb it gives (खिल, बिके, गाईं), not a function word, not a listed loan.
The English-run tests of HI401/HI408 ask it of a word's neighbours."""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, translit_xlit
from audit.lang import resources as res
from audit.lang.bilingual.hindi import is_stop
from audit.rules.script import is_loanword
from audit.rules.translit_levels import hindi_word

#: a word read as an English word by the transliterator's spellings or by sound this closely, of an
#: English word this common (ब्लू *blue*, रेड *red*, थ्री *three*, बे *bay*: too short for the letter
#: skeleton), and rarer in Hindi text than this unless the word before it is English too
RUN_READING_SIMILARITY = 0.85
RUN_READING_MIN_ENGLISH_ZIPF = 3.0
RUN_READING_MAX_HINDI_ZIPF = 5.0


#: endings of Hindi verb forms after the stem (बिके, खिली, रुकता, रुकिए, झुककर)
_VERB_FORM_ENDINGS = (
    "",
    "े",
    "ा",
    "ी",
    "ए",
    "ई",
    "ें",
    "ीं",
    "ो",
    "िए",
    "िये",
    "ईं",
    "इए",
    "ना",
    "ने",
    "नी",
    "ता",
    "ते",
    "ती",
    "कर",
)


def hindi_verb_form(word: str) -> bool:
    """A form of a Hindi verb the dictionary gives (खिल, बिके: खिलना, बिकना), whatever English it
    sounds like (*kill*, *bike*)."""
    return _hindi_verb_form(word, engdict.available())


@lru_cache(maxsize=65536)  # asked of every word HI408 and the source's spelled names read (~100 a segment)
def _hindi_verb_form(word: str, _with_dictionary: bool) -> bool:
    d = engdict.dictionary()
    return any(
        word.endswith(end)
        and len(word) - len(end) >= 2
        and d.english_for(word[: len(word) - len(end)] + "ना")
        for end in _VERB_FORM_ENDINGS
    )


def reads_english(word: str) -> bool:
    """``word`` spells an English word (by the transliterator's spellings or by sound) and is no
    Hindi word the dictionary gives (दो reads *though*, कई *key*), no stem of a Hindi verb it gives
    (खिल: खिलना), no function word, and no listed loan (आर्मी, प्लेटफ़ॉर्म: Hindi's own nouns now,
    which begin no English name run)."""
    if len(word) < 2 or is_stop(word) or hindi_word(word) or is_loanword(word):
        return False
    if hindi_verb_form(word):
        return False
    return english_reading(word)


def english_reading(word: str, min_letters: int = 0) -> bool:
    """``word`` spells an everyday English word of at least ``min_letters`` letters by the
    transliterator's spellings or by sound (similarity ≥ :data:`RUN_READING_SIMILARITY`, English
    Zipf ≥ :data:`RUN_READING_MIN_ENGLISH_ZIPF`), whatever else it is."""
    return any(
        sim >= RUN_READING_SIMILARITY
        and len(en) >= min_letters
        and res.zipf_en(en) >= RUN_READING_MIN_ENGLISH_ZIPF
        for en, sim, _p in translit_xlit.all_readings(word)
    )
