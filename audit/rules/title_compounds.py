"""HI207's Hindi-only read-back of closed compounds: an English one-word name made of two English
words (Riverside, Greenfield, Silverstone, Ironbridge, Firefox) that the MT rendered part by part as
a hyphenated pair of Hindi words (नदी-किनारा, हरा-खेत, चांदी-पत्थर, लोहा-पुल, आग-लोमड़ी). Hindi
news transliterates such names (रिवरसाइड, ग्रीनफ़ील्ड, सिल्वरस्टोन).

Two resources, no list of names: the English→Hindi dictionary read backwards (every one-word
Hindi rendering of a common English headword, :func:`audit.rules.title_words.renderings`), and
wordfreq's English list: the two English words joined must be a word of English text (riverside,
greenfield, silverstone, ironbridge). Hindi's own hyphenated words stay silent:

- a pair the dictionary gives as the Hindi of an English word is a Hindi compound (समाचार-पत्र:
  newspaper, समुद्र-तट: coast, मकान-मालिक: landlord, नदी-किनारा: riverside), and so is a pair
  whose English compound is a common noun of WordNet (हवा-चक्की: windmill) — silent unless
  the pair stands as a name: right before a word of English spelled in Devanagari (प्रकाश-स्तंभ
  बुक्स) or a plural noun and an agent's ने (नदी-किनारा घुमक्कड़ों ने: a club);
- a verb form, a function word or a repeated word in the pair (देखा-देखी, एक-दूसरे, धीरे-धीरे);
- a pair right after a given name, an honorific or a person descriptor is a surname, left to
  the name rules (HI104/HI105).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, stem_key
from audit.lang.frequency import zipf_en
from audit.rules.title_words import base_forms, nasal_key, renderings

#: an English headword read back is a common word from this Zipf on (compounds join common words)
PART_MIN_ZIPF = 3.0
#: the joined English word must be this common in English text (riverside 3.7, ironbridge 1.8)
JOINED_MIN_ZIPF = 1.5
#: shortest English part (no "ta", "pa": dictionary abbreviations)
MIN_PART = 3

#: two or three Devanagari words joined by hyphens, not inside a longer hyphenated run
_PAIR_RE = re.compile(r"(?<![\u0900-\u097F-])([\u0900-\u097F]+)-([\u0900-\u097F]+)(?![\u0900-\u097F-])")
_ALPHA_RE = re.compile(f"[a-z]{{{MIN_PART},}}")


@lru_cache(maxsize=1)
def _backwards() -> dict[str, frozenset[str]]:
    """Stem key of a one-word Hindi rendering → the common English headwords it renders, built
    from the dictionary once per dictionary version (~0.4 s) and kept in the cache folder (GPL
    data derived at run time stays in the user's cache, never in the repository)."""
    from audit.core.derived import derived_object, fingerprint

    index = engdict._index_path()
    stamp = engdict.cache_key(index) if index is not None else "none"
    return derived_object(
        "title-compounds", f"{fingerprint()}-{stamp}", _build, accept=lambda o: isinstance(o, dict)
    )


def _build() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    d = engdict.dictionary()
    for word in d.senses:
        if _ALPHA_RE.fullmatch(word) and zipf_en(word) >= PART_MIN_ZIPF:
            for key in renderings(word):
                out[key].add(word)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=65536)
def english_parts(hindi: str) -> frozenset[str]:
    """The common English words the Hindi word renders (its dictionary forms read backwards)."""
    back = _backwards()
    out: set[str] = set()
    for form in base_forms(hindi):
        out |= back.get(nasal_key(form), frozenset()) | back.get(stem_key(form), frozenset())
    return frozenset(out)


@lru_cache(maxsize=16384)
def joined_english(first: str, second: str) -> tuple[str, ...]:
    """The English words made of an English word the first Hindi word renders and one the second
    renders (नदी, किनारा → riverside, riverbank), most common first."""
    joined = {a + b for a in english_parts(first) for b in english_parts(second)}
    scored = sorted(((zipf_en(w), w) for w in joined), reverse=True)
    return tuple(w for z, w in scored if z >= JOINED_MIN_ZIPF)


def _hindi_compound(first: str, second: str) -> bool:
    """The dictionary gives the pair (spaced, hyphenated or solid; the second word in any of its
    dictionary forms: समाचार-पत्रों, नदी-किनारे) as the Hindi of a word."""
    d = engdict.dictionary()
    return any(
        d.translates_as_word(f)
        for b in base_forms(second)
        for f in (f"{first} {b}", f"{first}-{b}", first + b)
    )


def _common_thing(joined: tuple[str, ...]) -> bool:
    """The likeliest English compound is a common noun WordNet writes in lower case (windmill,
    goldfish, riverside, lighthouse): Hindi coins its own word for the thing (हवा-चक्की); a name
    (Greenfield, Silverstone, Firefox) is no such word."""
    from audit.rules.title_words import common_word

    return bool(joined) and common_word(joined[0])


def _content(hindi: str) -> bool:
    """No verb form (देखा-देखी), and a Hindi word of the dictionary (पुल, फूल) or no English
    spelled in Devanagari (a transliteration renders no English word: it is one)."""
    from audit.rules.team_words import is_dictionary_word, spells_english
    from audit.rules.title_teams import is_verb_form

    if is_verb_form(hindi):
        return False
    return is_dictionary_word(hindi) or not (spells_english(hindi) or engdict.is_transliteration(hindi))


def _after_person_word(text: str, start: int) -> bool:
    """A person word right before the pair (:func:`person_word`): a person's surname (जेनी
    काली-लकड़ी, श्री पत्थर-पुल), left to the name rules."""
    before = re.search(r"([\u0900-\u097F]+\.?)\s+$", text[max(0, start - 40) : start])
    return before is not None and person_word(before.group(1))


@lru_cache(maxsize=65536)
def person_word(word: str) -> bool:
    """A given name, an honorific or a person descriptor (जेनी, श्री, अभिनेता): what follows it is a
    name; a Hindi word that a given name also spells is none (कारण: Karan)."""
    from audit.lang.phonetic import norm
    from audit.rules.name_class import DESCRIPTORS, HONORIFICS
    from audit.rules.team_words import is_dictionary_word
    from audit.rules.title_teams import is_given_name

    if norm(word) in HONORIFICS or norm(word.rstrip(".")) in HONORIFICS or norm(word) in DESCRIPTORS:
        return True
    return is_given_name(word) and not is_dictionary_word(word)


def _name_position(text: str, end: int) -> bool:
    """The pair stands as a name: a word of English spelled in Devanagari follows (बुक्स, फ़ूड्स,
    एयरलाइंस), or a noun in the oblique plural and the agent's ने (घुमक्कड़ों ने: a club's
    members; समाचार-पत्र ने alone is the newspaper)."""
    from audit.rules.team_words import is_dictionary_word, spells_english
    from audit.rules.title_teams import is_plural_oblique, is_verb_form

    nxt = re.findall(r"[\u0900-\u097F]+", text[end : end + 60])[:2]
    if not nxt:
        return False
    if len(nxt) > 1 and fold(nxt[1]) == fold("ने") and is_plural_oblique(nxt[0]):
        return True
    w = nxt[0]
    return spells_english(w) and not (is_dictionary_word(w) or is_verb_form(w) or is_stop(w))


@lru_cache(maxsize=4096)
def compound_calques(text: str, src: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English compound) of hyphenated Hindi pairs that render an English closed
    compound word for word, in ``text`` (NFC); with the source, one of the compounds is a word of
    it (Riverside Rovers)."""
    if "-" not in text or not engdict.available():
        return ()
    found: list[tuple[int, int, str]] = []
    for m in _PAIR_RE.finditer(text):
        first, second = m.group(1), m.group(2)
        if first == second or is_stop(first) or is_stop(second):
            continue
        if not (_content(first) and _content(second)):
            continue
        joined = joined_english(first, second)
        if src:
            said = set(re.findall(r"[a-z]+", src.lower()))
            joined = tuple(w for w in joined if w in said)
        if not joined or _after_person_word(text, m.start()):
            continue
        if (_hindi_compound(first, second) or _common_thing(joined)) and not _name_position(text, m.end()):
            continue
        found.append((m.start(), m.end(), joined[0].capitalize()))
    return tuple(found)
