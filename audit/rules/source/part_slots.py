"""What a Hindi word standing in a source name's slot says about that name part (HI503).

HI503 (:mod:`audit.rules.source.names`) places each part of a source name in the MT: by its
phonetic key where it was transliterated, and by position next to the parts (or the honorific
or role) that were (:mod:`audit.rules.source.part_places`). This module judges the word found at
the position of a part that was *not* transliterated — a calque of the part when it is

* a **dictionary translation** of it (FreeDict eng-hin, the name-word glossary): Tiger → बाघ,
  Swift → तेज़, White → सफ़ेद, Sugar → चीनी, Hope → आशा;
* the part **read as an English plural** and inflected as a Hindi noun: Banks → बैंकों, Mills →
  मिलें (the stem spells the singular, the ending is Hindi's plural);
* for a part that is no English word (Paz, Xolani), an **ordinary Hindi word nothing else
  accounts for**: common, not a function word, no spelling of the part or of any source word, and
  no translation of another word of the source (Octavio Paz → ऑक्टावियो शांति);

and a short part matched by position (Ma, Hu) is a calque when the Hindi word there is a common
word that adds a nasal the name does not have (Jack Ma → जैक माँ, Hu Jintao → हूं जिंताओ).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from audit.lang import engdict, translit_xlit
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import is_concrete
from audit.lang.bilingual.hindi import is_stop, stem_key
from audit.lang.engdict import is_transliteration
from audit.lang.frequency import zipf_en, zipf_hi
from audit.lang.name_readings import readings
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key, romanise, romanised_keys
from audit.lang.resources import english_vocabulary
from audit.rules import name_data
from audit.rules.source.common import dictionary, evidence_lexicon, lexicon

#: a word the MT writes for an ordinary Hindi word in its own right (Zipf of the Hindi word)
COMMON_HINDI_ZIPF = 4.0
#: … and in a name slot beyond doubt (बेर, कौवा, मोची are rarer than 4.0 but ordinary words)
SLOT_HINDI_ZIPF = 3.0
#: a Hindi word whose romanisation is this close to the part's spelling writes the part out
SPELLING_RATIO = 0.6
#: a Hindi word that spells a listed foreign name this closely is that name (लुई)
NAME_SPELLING_SIM = 0.85
#: a loosely matched anchor this rare in Hindi text is the name transliterated (खशोगी)
ANCHOR_MAX_ZIPF = 2.0
#: a part rarer than this in English is no English word (Paz, Kharge): any common Hindi word in
#: its slot is a translation of something else or a calque
FOREIGN_PART_MAX_ZIPF = 3.5
_HINDI_PLURAL_RE = re.compile(r"(?:ियों|ियां|ियाँ|ों|ें|एं|एँ|ओं)$")
_NASAL_END_RE = re.compile(r"[\u0901\u0902]$")
_VOWEL_END_RE = re.compile(r"[aeiouy]$", re.I)


@lru_cache(maxsize=1)
def honorifics() -> tuple[frozenset[str], frozenset[str]]:
    """English honorifics that precede a name, and the Hindi words MT writes for them."""
    names = lexicon()["names"]
    return frozenset(names["honorifics"]), frozenset(names["hindi_honorifics"])


@lru_cache(maxsize=16384)
def gloss_keys(word: str) -> frozenset[str]:
    """Stem keys of the one-word Hindi translations of an English word (any lemma): FreeDict's
    glosses and the name-word glossary's (Straw → तिनका)."""
    low = word.lower()
    out: set[str] = set()
    d = dictionary()
    for lemma in dict.fromkeys((low, *E.lemmas(low))):
        if d is not None:
            out.update(k[0] for k in d.keys(lemma) if len(k) == 1)
        for hindi in name_data.glossary().get(lemma, ()) + name_data.syllable_glossary().get(lemma, ()):
            if " " not in hindi:
                out.add(stem_key(hindi))
    return frozenset(out)


def translates(word: str, hindi: str) -> bool:
    """``hindi`` (any inflection) is a one-word dictionary translation of ``word``."""
    key = stem_key(hindi)
    return any(
        g == key or (min(len(g), len(key)) >= 3 and (g.startswith(key) or key.startswith(g)))
        for g in gloss_keys(word)
    )


def plural_reading(word: str, hindi: str) -> bool:
    """``hindi`` is the part read as an English plural and inflected as a Hindi plural: its stem
    spells the singular (Banks → बैंकों, Mills → मिलें)."""
    if not re.search(r"[^su]s$", word, re.I):
        return False
    m = _HINDI_PLURAL_RE.search(hindi)
    if not m or m.start() < 2:
        return False
    singular = phonetic_key(word[:-1])
    return len(singular) >= 2 and devanagari_key(hindi[: m.start()]) == singular


def spells_part(word: str, hindi: str) -> bool:
    """``hindi`` spells the name part (its phonetic key or an East-Asian romanisation of it), or is
    the transliterator's own spelling of the English word the part is (Stone *Town* → टाउन: English
    writes *ow* for the sound आउ, which no letter key reads)."""
    key = devanagari_key(hindi)
    if keys_match(phonetic_key(word), key) or any(keys_match(k, key) for k in romanised_keys(word)):
        return True
    return hindi in translit_xlit.spellings(word.lower())


def stray_word(word: str, hindi: str, other_keys: frozenset[str], name_slot: bool = False) -> bool:
    """For a part that is no English word (Paz): ``hindi`` is an ordinary Hindi word that neither
    spells the part or an English word nor translates another word of the source. In a name slot
    beyond doubt (``name_slot``: right after the name's listed given name, or right before its
    found surname when the part is a listed given name) any part counts, and a less common Hindi
    word too (Joe Root → जो जड़, Russell Crowe → रसेल कौवा, Grace Tame → कृपा टेम): the
    dictionary need not know the sense the MT read."""
    if name_slot and _spells_a_name(word, hindi):
        return False
    common = zipf_hi(hindi) >= (SLOT_HINDI_ZIPF if name_slot else COMMON_HINDI_ZIPF)
    return (
        (name_slot or zipf_en(word.lower()) < FOREIGN_PART_MAX_ZIPF)
        # in a name slot beyond doubt, a word the dictionary knows as Hindi is one however rare in
        # text (Ferenc Takács → फ़ेरेंत्स जुलाहा: *weaver*), unless it spells the part as the part's
        # own language says it (Takács → ताकाच)
        and (common or (name_slot and dictionary_word(hindi) and not _spells_own_way(word, hindi)))
        and not is_stop(hindi)
        and not spells_part(word, hindi)
        and not is_transliteration(hindi)
        and stem_key(hindi) not in other_keys
    )


def dictionary_word(hindi: str) -> bool:
    """The English–Hindi dictionary has ``hindi`` as the whole translation of some English word."""
    return bool(engdict.dictionary().translates_as_word(hindi))


def _spells_own_way(word: str, hindi: str) -> bool:
    """``hindi`` spells the part by one of its languages' orthographies (Takács → ताकाच)."""
    key = devanagari_key(hindi)
    return any(keys_match(phonetic_key(r), key) for r in readings(word))


def _spells_a_name(word: str, hindi: str) -> bool:
    """``hindi`` spells a listed foreign name, or the part itself by a romanisation of it (लुई
    for Louis, क्रिस for Chris, लॉ for Law): the part written out, not a word in its place."""
    if name_data.foreign_name_similarity(hindi) >= NAME_SPELLING_SIM and (
        zipf_hi(hindi) < SLOT_HINDI_ZIPF or name_data.widespread_name(hindi)
    ):
        return True  # a common Hindi word matching a rare listed name (तीतर ~ Tatar, जीवन ~ Javan) is none
    spelt = name_data.sound_spelling(word)
    return any(SequenceMatcher(None, spelt, r).ratio() >= SPELLING_RATIO for r in romanise(hindi))


def nasal_calque(word: str, hindi: str) -> bool:
    """A short part ending in a vowel written as a common Hindi word ending in a nasal the name
    does not have (Ma → माँ, Hu → हूं): the part read as that Hindi word."""
    return (
        len(word) <= 3
        and bool(_VOWEL_END_RE.search(word))
        and bool(_NASAL_END_RE.search(hindi))
        and zipf_hi(hindi) >= 4.5
    )


def other_gloss_keys(src: str, name_spans: set[tuple[int, int]]) -> frozenset[str]:
    """Stem keys of the translations of the source's ordinary content words (outside names)."""
    out: set[str] = set()
    starts = {s for s, _ in name_spans}
    for s, _e, t in E.tokens(src):
        if s in starts or not E.is_content(t):
            continue
        out.update(gloss_keys(t))
    return frozenset(out)


_DOUBLE_RE = re.compile(r"(.)\1+")
#: English endings a name part may add to, or drop from, the word the MT read in it (Stroll →
#: stroller, Biggar → bigger/big, Trott → trot, Golda → gold)
READ_BACK_EXTRA = 3
#: the English word read back must be at least this long and this common in English text
READ_BACK_MIN_LEN = 3
READ_BACK_MIN_ZIPF = 3.0


def _english_stem(low: str) -> str:
    """A spelling's skeleton for reading back: double letters single, -ar as -er (Biggar ~ bigger)."""
    return _DOUBLE_RE.sub(r"\1", re.sub(r"ar$", "er", low))


@lru_cache(maxsize=16384)
def read_back(hindi: str) -> tuple[str, ...]:
    """The English words FreeDict gives for ``hindi`` (Hindi → English, any inflection, a feminine
    adjective as its masculine): सैर → drive, jaunt, stroller …; दुलकी → trot; बड़े → big."""
    d = engdict.dictionary()
    keys: list[str] = []
    base = hindi.rstrip("।॥")
    forms = [base, *name_data.stem_keys(base)[1:], *name_data.masculine_keys(base)]
    for f in list(forms):
        if f.endswith("\u0947"):  # an oblique or plural -e: the -ā form (बड़े → बड़ा)
            forms.append(f[:-1] + "\u093e")
    out: dict[str, None] = {}
    for f in forms + keys:
        for s in d.english_for(f):
            if s.pos != "IDM" and " " not in s.english:
                out[s.english.lower()] = None
    return tuple(out)


def reads_back(word: str, hindi: str) -> bool:
    """``hindi`` read back into English (FreeDict, the other way round) is the name part as an
    English word, up to an English ending or a name's spelling (Lance Stroll → लांस सैर: *stroller*;
    Laura Trott → लॉरा दुलकी: *trot*; Dan Biggar → डैन बड़े: *big*; Golda Meir → सोना: *gold*)."""
    p = _english_stem(word.lower())
    if len(p) < READ_BACK_MIN_LEN:
        return False
    for en in read_back(hindi):
        e = _english_stem(en)
        if len(e) < READ_BACK_MIN_LEN or zipf_en(en) < READ_BACK_MIN_ZIPF:
            continue
        short, long_ = (p, e) if len(p) <= len(e) else (e, p)
        if long_.startswith(short) and len(long_) - len(short) <= READ_BACK_EXTRA:
            return True
    return False


#: each English word of a compound name part is at least this long and this common
COMPOUND_PART_MIN_LEN = 3
COMPOUND_PART_MIN_ZIPF = 3.5


@lru_cache(maxsize=16384)
def compound_parts(word: str) -> tuple[tuple[str, str], ...]:
    """The ways a name part no dictionary knows splits into two English words (Lookman → look +
    man, Fleetwood → fleet + wood, Fairweather → fair + weather)."""
    low = word.lower()
    d = dictionary()
    if not low.isalpha() or (d is not None and any(d.keys(lemma) for lemma in E.lemmas(low))):
        return ()
    vocab = _english_vocabulary()
    n = COMPOUND_PART_MIN_LEN
    return tuple(
        (low[:i], low[i:])
        for i in range(n, len(low) - n + 1)
        if low[:i] in vocab
        and low[i:] in vocab
        and min(zipf_en(low[:i]), zipf_en(low[i:])) >= COMPOUND_PART_MIN_ZIPF
    )


def _compound_part(word: str, hindi: str) -> bool:
    """``hindi`` translates one English word of the compound name part (Lookman → देखो-आदमी: *look*)."""
    return any(translates(w, hindi) or reads_back(w, hindi) for pair in compound_parts(word) for w in pair)


def calque_of(
    word: str, hindi: str, other_keys: frozenset[str], foreign_ok: bool, name_slot: bool = False
) -> bool:
    """``hindi`` in the slot of the name part ``word`` stands for a translation of the part."""
    if plural_reading(word, hindi):
        return True
    if spells_part(word, hindi):
        return False
    if translates(word, hindi) or (name_slot and (reads_back(word, hindi) or _compound_part(word, hindi))):
        # a word that translates an ordinary word of the source too renders that word
        return stem_key(hindi) not in other_keys
    return (foreign_ok or name_slot) and stray_word(word, hindi, other_keys, name_slot)


@lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles and class words of names (Premier, Chancellor, Port): translated, never name parts."""
    names = evidence_lexicon()["names"]
    return frozenset(names["titles"]) | frozenset(names["class_words"]) | honorifics()[0]


@lru_cache(maxsize=1)
def place_words() -> frozenset[str]:
    """Class words of place names (Hills, Street, Park) and honorifics: never a surname's slot."""
    return frozenset(evidence_lexicon()["names"]["class_words"]) | honorifics()[0]


@lru_cache(maxsize=1)
def _english_vocabulary() -> frozenset[str]:
    return frozenset(english_vocabulary())


def english_word(low: str) -> bool:
    return low in _english_vocabulary()


def given_first(low: str) -> bool:
    """A listed given name that is no English word (Angela, Joe; not Will, Rose): at the start of
    a sentence it begins a name rather than being an ordinary capitalised word."""
    return "given" in name_data.latin_names().get(low, "") and not english_word(low)


def person_name(first: str, last: str) -> bool:
    """A listed given name and a surname that is no English word and not among English text's
    most common words (Angela Merkel, Joe Biden; not Jesus Christ, Will Power)."""
    low = last.lower()
    return given_first(first.lower()) and not english_word(low) and zipf_en(low) < 4.5


def slot_surname(prev: str, low: str) -> bool:
    """``low``, a word names are normally translated with (White, Day, Green), is a surname here:
    a listed surname right after a listed given name (Betty White, Doris Day), and not a thing or
    an honorific (Victoria Street, Jack Lord stays a name only by its spelling)."""
    names = name_data.latin_names()
    return (
        "given" in names.get(prev.lower(), "")
        and "surname" in names.get(low, "")
        and low not in honorifics()[0]
        and not is_concrete(low)
    )


def hindi_word(hindi: str) -> bool:
    """A word Hindi text uses in a name's slot, or one the dictionary knows as the translation of
    an English word (शिलाखंड, भोजवृक्ष are rare in text but Hindi words)."""
    return zipf_hi(hindi) >= SLOT_HINDI_ZIPF or dictionary_word(hindi)
