"""HI104's ergative frames for what no list holds: a Hindi word the dictionary lacks, a given name no list has.

The other frames read a translated surname by its English in the dictionary and recognise the
given name before it by a list. Both lists have gaps: FreeDict translates few of Hindi's everyday
words (परिंदा, महापौर, तरंग, सूरमा, कौवा, पाषाण are in no entry), and given names of many origins
are in no name table (लेराटो, इल्काय, अर्कादी, टायसन). The ergative ने still binds the two words
before it into one noun phrase, and a name does not take a Hindi noun as its second word:

* **a Hindi word no dictionary lists, after a foreign given name beyond doubt** (क्लेयर परिंदा ने,
  मार्क महापौर ने): a word Hindi text uses (Zipf ≥ :data:`HINDI_MIN_ZIPF`) that no dictionary
  entry holds in any form, that spells no listed foreign name (बेल: Bell, मान: Mann; the surname
  written out), reads as no English word (a loan: पावर, हंटर), is no Indian name (राजा, लाल) and
  no word that follows names (भाई, जी);
* **a Hindi word after a given name no list holds** (इल्काय सूर्योदय ने, अर्कादी भेड़िया ने,
  डीजे लेराटो मगरमच्छ ने): a word Hindi text never writes and no dictionary translates
  (:func:`audit.rules.name_unknown.unknown_given`) that reads as no English word (स्क्वॉश,
  वॉशिंग, हस्की: loans that modify the noun after them), at the sentence's start or after any
  word but a person word (the introduced-name frame's, :mod:`audit.rules.name_unknown`), a
  conjunction or a listed given name; then a noun or adjective of the dictionary in its
  singular, uninflected — a plural or an oblique form after a rare modifier is ordinary Hindi
  (हंसमुख स्वयंसेवकों ने, उनींदे बच्चे ने) — that spells no listed name (गुडाकेश मोटी ने: Motie).

Place, group, activity and time nouns in the slot (सरकार, पुलिस) are left to the caller's
:mod:`audit.rules.name_kinds` filter, as for every HI104 frame.
"""

from __future__ import annotations

from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.transcription import name_lookalikes, spells
from audit.rules import name_data
from audit.rules.name_class import NAME_SPELLING_SIM, PARTICLES, Hit, after_name_word, verb_oblique
from audit.rules.name_data import FUNCTION_WORDS, stem_keys
from audit.rules.name_forms import LIST_JOINERS, hindi_form
from audit.rules.name_frames import ERGATIVE_MARKER, frame_word, is_clear_given, name_starts, person_word
from audit.rules.name_roles import agent_loan
from audit.rules.name_unknown import surname_slot_english, unknown_given
from audit.rules.names import Unit, key_zipf, norm, spelling_key, units
from audit.rules.script import is_loanword
from audit.rules.translit_reading import english_reading

#: a word no dictionary lists must be this common in Hindi text to count as Hindi's own word
HINDI_MIN_ZIPF = 2.5
#: … and this long (a short word is as often a name spelled loosely: रायसा लील, Leal)
UNLISTED_MIN_LEN = 4
#: a given name no list holds that reads this closely as an English word no name list has is a loan
LOAN_LOOK_SIM = 0.8
#: an unlisted word that spells an English name wordfreq knows this closely is that name written out
NAME_READING_SIM = 0.8
#: each part of an Indian compound name is this long at least (गोपी + चंद)
INDIAN_PART_MIN_LEN = 2

_NA, _E, _AA = "ना", "\u0947", "\u093e"  # the infinitive's ending; the oblique -े and direct -ा


def unlisted_hindi_word(u: Unit) -> bool:
    """A word of Hindi text that no dictionary entry holds and that is no name: see the module doc."""
    key = u.key
    if len(u.parts) != 1 or len(key) < UNLISTED_MIN_LEN or key in FUNCTION_WORDS or key in PARTICLES:
        return False
    if key_zipf(key) < HINDI_MIN_ZIPF or verb_oblique(key):
        return False
    if name_data.indian_name(key, "given") or name_data.indian_name(key, "surname") or after_name_word(key):
        return False
    if key in name_data.surnames() or key in name_data.all_given_names():
        return False
    d = engdict.dictionary()
    if any(d.translates_as_word(k) for k in stem_keys(spelling_key(key))):
        return False  # the dictionary has it (a loan, or a word frame_word reads)
    if d.english_for(u.surface + _NA):
        return False  # a verb's stem (झुक: झुकना, लील: लीलना)
    if u.surface.endswith(_E) and key_zipf(norm(u.surface[:-1] + _AA)) < HINDI_MIN_ZIPF:
        return False  # -े is Hindi's oblique of a word in -ा; without one, a name's ending (फ़ाल्के)
    if _indian_compound(key):
        return False
    if name_data.foreign_name_similarity(key) >= NAME_SPELLING_SIM:
        return False
    return not spells_english_or_name(u.surface)


def _indian_compound(key: str) -> bool:
    """``key`` joins two Indian names, each of two letters or more (गोपी + चंद: गोपीचंद)."""
    return any(
        _indian(key[:i]) and _indian(key[i:])
        for i in range(INDIAN_PART_MIN_LEN, len(key) - INDIAN_PART_MIN_LEN + 1)
    )


def _indian(key: str) -> bool:
    return name_data.indian_name(key, "given") or name_data.indian_name(key, "surname")


def spells_english_or_name(word: str) -> bool:
    """The Devanagari ``word`` (NFC) writes out an English word or name: a listed loan (जज, कमेटी),
    an everyday English word by the transliterator's spellings or by sound (पावर, एयर, हंटर), or
    an English name wordfreq knows (जीसस: Jesus, महान: Maine)."""
    if writes_english_word(word):
        return True
    return any(spells(word, n) >= NAME_READING_SIM for n in name_lookalikes(word))


def writes_english_word(word: str) -> bool:
    """The Devanagari ``word`` (NFC) writes out an English word: a listed loan (जज, कमेटी) or an
    everyday English word by the transliterator's spellings or by sound (पावर, एयर, वॉशिंग)."""
    return is_loanword(word) or english_reading(word)


def find_unlisted_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Hindi words in a surname's place before ने of ``text`` (NFC), where a list lacks the word or
    the given name (see the module doc); ``taken``: unit indices already reported."""
    given, rare = name_starts(text)
    if not given:
        return []
    us = units(text)
    hits: list[Hit] = []
    for g in sorted(given):
        if g + 2 >= len(us) or g + 1 in taken:
            continue
        u, x, nxt = us[g], us[g + 1], us[g + 2]
        if nxt.key != ERGATIVE_MARKER or not (x.joined_before and nxt.joined_before) or len(x.parts) != 1:
            continue
        if g in rare and _bare_unknown_given(us, g):
            english = surname_slot_english(x)
            if (
                english
                and hindi_form(x.surface) is None
                and name_data.foreign_name_similarity(x.key) < NAME_SPELLING_SIM
            ):
                hits.append(Hit(g, g + 2, g + 1, english))
                continue
        if frame_word(x.key) is None and is_clear_given(u) and unlisted_hindi_word(x):
            if g > 0 and u.joined_before and us[g - 1].key in name_data.all_given_names():
                continue  # a full name already before the word
            hits.append(Hit(g, g + 2, g + 1, ""))
    return hits


def _bare_unknown_given(us: tuple[Unit, ...], g: int) -> bool:
    """``us[g]`` is a given name no list holds, not introduced by a person word (that frame is
    :mod:`audit.rules.name_unknown`'s), a conjunction or a listed given name."""
    u = us[g]
    if g > 0 and u.joined_before:
        p = us[g - 1]
        if (
            person_word(p.key)
            or agent_loan(p.key)
            or p.key in LIST_JOINERS
            or p.key in name_data.given_names()
        ):
            return False
    if not unknown_given(u) or is_clear_given(u):
        return False
    # a loan modifies the noun after it (स्क्वॉश खिलाड़ियों ने); a name may read as an English word too
    looks = res.english_lookalikes(u.key, min_key_len=2)
    return not (looks and looks[0][2] >= LOAN_LOOK_SIM and looks[0][0] not in name_data.latin_names())
