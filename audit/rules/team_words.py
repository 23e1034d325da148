"""Hindi word forms for HI207's team frame (:mod:`audit.rules.title_teams`): a word's dictionary
forms, whether it is Hindi by its form (an inflecting adjective or participle, a noun with an adjective
suffix), a spelling variant or a compound of Hindi words, English spelled in Devanagari, an animal,
Hindi's agent phrase (शराब बनाने वाले: brewers)."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.concrete import ANIMAL_FILE
from audit.lang.bilingual.hindi import endings_replaced, fold, is_stop, stem_key
from audit.lang.frequency import zipf_hi

#: a word no dictionary knows that spells an English word this closely is that word (किंग्स)
LOOKALIKE_SIM = 0.8
#: plural and oblique endings → the dictionary form (राजधानियों → राजधानी, योद्धाओं → योद्धा)
_ENDINGS = (
    ("ियों", "ी"),
    ("ियां", "ी"),
    ("ाओं", "ा"),
    ("ुओं", "ु"),
    ("ुओं", "ू"),
    ("ुए", "ुआ"),
    ("ों", ""),
    ("ों", "ा"),
    ("ें", ""),
    ("ें", "ा"),
    ("े", "ा"),
    ("ी", "ा"),
    ("ए", "आ"),
)


def team_base_forms(hindi: str) -> tuple[str, ...]:
    """The word and its dictionary forms under a team name's plural and oblique endings (each once)."""
    return tuple(dict.fromkeys(endings_replaced(hindi, _ENDINGS)))


@lru_cache(maxsize=65536)
def is_dictionary_word(hindi: str) -> bool:
    """Some form of the word is a whole translation in the dictionary."""
    d = engdict.dictionary()
    return any(d.translates_as_word(f) for f in team_base_forms(hindi))


#: the gender and number endings of a Hindi adjective or participle (घिरा, घिरी, घिरे)
_GENDER_ENDINGS = ("ा", "ी", "े")
#: a word no dictionary knows is Hindi text's from this frequency on (घिरा 3.9, थकी 3.2)
INFLECTED_ZIPF = 2.5
#: suffixes that make Hindi adjectives of nouns (दृष्टिहीन, ऊर्जावान, अनुभवहीन, शक्तिशाली, ज़िम्मेदार)
_ADJECTIVE_SUFFIXES = (
    "हीन",
    "पूर्ण",
    "वान",
    "मान",
    "शील",
    "शाली",
    "कारी",
    "दार",
    "युक्त",
    "रहित",
    "ग्रस्त",
    "बाधित",
    "जनक",
)
#: the noun before such a suffix is a Hindi word from this frequency on, or a dictionary word
BASE_ZIPF = 3.0
#: and at least this long (not the तै of तैवान, the सि of सिवान)
MIN_BASE = 3


@lru_cache(maxsize=65536)
def hindi_morphology(hindi: str) -> bool:
    """The word is Hindi by its form: an adjective or participle whose two other gender and number
    forms are both in Hindi text (घिरे: घिरा, घिरी; थके: थका, थकी) — no place name inflects so — or
    a noun of the dictionary or of Hindi text with an adjective suffix (दृष्टि + हीन, ऊर्जा + वान)."""
    for end in _GENDER_ENDINGS:
        if hindi.endswith(end) and len(hindi) > 2:
            stem = hindi[: -len(end)]
            others = [stem + e for e in _GENDER_ENDINGS if e != end]
            if all(zipf_hi(o) >= INFLECTED_ZIPF for o in others):
                return True
    for suffix in _ADJECTIVE_SUFFIXES:
        base = hindi[: -len(suffix)]
        if (
            hindi.endswith(suffix)
            and len(base) >= MIN_BASE
            and (zipf_hi(base) >= BASE_ZIPF or is_dictionary_word(base))
        ):
            return True
    return False


#: Hindi spelling variants: the glide व after a vowel written or not (कौवा = कौआ, कुंवारी =
#: कुंआरी), chandrabindu for anusvara
_VARIANTS = (("वा", "आ"), ("वे", "ए"), ("वी", "ई"), ("ँ", "ं"), ("ं", "ँ"))
#: the parts of a Hindi compound noun: a dictionary word or a word this common in Hindi text
PART_ZIPF = 3.5
#: and at least this many letters (the first) and the second (वन + रक्षक, झील + वाला)
MIN_PART = (2, 3)


@lru_cache(maxsize=65536)
def is_variant_word(hindi: str) -> bool:
    """A form of the word spelled another common way is a dictionary noun or adjective (कौवों:
    कौआ, crow)."""
    d = engdict.dictionary()
    for f in team_base_forms(hindi):
        for a, b in _VARIANTS:
            if a in f:
                v = f.replace(a, b)
                if any(x.pos.startswith(("N", "Adj")) for x in d.translates_as_word(v)):
                    return True
    return False


@lru_cache(maxsize=65536)
def is_hindi_compound(hindi: str) -> bool:
    """A form of the word is two Hindi words written together, each a dictionary word or common
    (वनरक्षकों: वन + रक्षक, भालाधारियों: भाला + धारी, झीलवालों: झील + वाला)."""
    for f in team_base_forms(hindi):
        for k in range(MIN_PART[0], len(f) - MIN_PART[1] + 1):
            a, b = f[:k], f[k:]
            if b[0] in _SIGNS or a.endswith("\u094d"):
                continue  # a vowel sign opens no word; a virama ends none
            if fold(b) in _AGENT and stem_key(a) in conventional_keys():
                continue  # पुलिसवालों: an institution's people, not a team's name
            if _part(a) and _part(b) and (_hindi_word(a) or _hindi_word(b)):
                return True
    return False


#: combining marks of Devanagari (vowel signs, virama, nukta, anusvara, chandrabindu)
_SIGNS = frozenset(
    "\u093c\u093e\u093f\u0940\u0941\u0942\u0943\u0944\u0945\u0946\u0947\u0948\u0949\u094a\u094b\u094c\u094d\u0901\u0902\u0903"
)


def _part(hindi: str) -> bool:
    if fold(hindi) in _AGENT:
        return True  # झील + वाला: the agent suffix
    if is_stop(hindi):
        return False
    return zipf_hi(hindi) >= PART_ZIPF or is_dictionary_word(hindi)


def _hindi_word(hindi: str) -> bool:
    """A dictionary word that spells no English word: one part of a compound must be one (रक्षक
    in वनरक्षक; not ओल्डमैन, old + man spelled)."""
    return is_dictionary_word(hindi) and not engdict.is_transliteration(hindi)


_AGENT = frozenset(fold(w) for w in ("वाला", "वाले", "वाली"))


def spells_english(hindi: str) -> bool:
    """The word spells an English word as Indian writers do (IndicXlit's table, the
    transliteration glossary, a close English look-alike): किंग्स, सिटी, मैनेजर."""
    from audit.lang import translit_glossary, translit_xlit
    from audit.lang.resources import english_lookalikes

    if translit_xlit.readings(hindi) or translit_glossary.matches(hindi):
        return True
    # English u- said "yu" is written यू/यु (यूनाइटेड, युनाइटेड: united), whose consonant key has
    # a y the English word lacks: read it with the vowel alone too
    forms = (hindi, _YU_RE.sub(lambda m: "उ" if m.group(1) == "ु" else "ऊ", hindi))
    return any(sim >= LOOKALIKE_SIM for f in set(forms) for _e, _z, sim in english_lookalikes(f))


_YU_RE = re.compile("^य([ुू])")


@lru_cache(maxsize=65536)
def is_animal(hindi: str) -> bool:
    """A form of the word translates an English noun whose first WordNet sense is an animal (सांड:
    bull, गरुड़: eagle), and no transliteration."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    d = engdict.dictionary()
    for f in team_base_forms(hindi):
        for s in d.translates_as_word(f):
            first = wordnet.first_sense("noun", s.english.lower())
            if (
                s.pos.startswith("N")
                and first is not None
                and wordnet.synset_at("noun", first).lexfile == ANIMAL_FILE
                and not engdict.is_transliteration(hindi, s.english, False)
            ):
                return True
    return False


@lru_cache(maxsize=1)
def conventional_keys() -> frozenset[str]:
    from audit.rules.title_readback import NAME_WORDS
    from audit.rules.title_words import gloss_tables

    _, conventional = gloss_tables()
    return conventional | NAME_WORDS


#: the participle of Hindi's agent phrase (शराब बनाने वाले: brewers, घूमने वालों: rovers)
AGENT_WORDS = frozenset(fold(w) for w in ("वाले", "वालों", "वाला"))
#: how many words an agent phrase may hold before वाले (शराब बनाने, हमला करने)
MAX_AGENT_WORDS = 3
_DEVANAGARI_RE = re.compile(r"[\u0900-\u097F]+")
_SPACE_RE = re.compile(r"\s+")


def agent_phrase(text: str, mt: list[tuple[int, int, str]], j: int) -> int | None:
    """The index of वाले/वालों when the MT words from ``j`` are Hindi's agent phrase — Hindi words,
    an infinitive in -ने, then वाले (शराब बनाने वालों, घूमने वाले) —: how Hindi says an English
    agent noun (brewers, rovers)."""
    for k in range(j + 1, min(len(mt), j + MAX_AGENT_WORDS + 1)):
        if not _SPACE_RE.fullmatch(text[mt[k - 1][1] : mt[k][0]]):
            return None
        if fold(mt[k][2]) in AGENT_WORDS:
            return k if mt[k - 1][2].endswith("ने") else None
        if not _DEVANAGARI_RE.fullmatch(mt[k][2]) or is_stop(mt[k][2]):
            return None
    return None
