"""HI104's name frames: a common Hindi word in a frame that holds a person's full name.

:mod:`audit.rules.name_class` and :mod:`audit.rules.name_slots` know name parts that are listed
English words and a few grammatical slots. These frames read any noun or adjective of the
dictionary in the place of a name part, and take the person from the frame around it:

* **given name + word + case marker**: a foreign given name beyond doubt (a listed spelling or a
  word almost unknown to Hindi text that spells a listed given name), then a common noun or
  adjective, then का/की/के/ने/को (जूड कानून की नई फिल्म, ट्रैविस सिर ने, डोना गर्मी के गाने):
  the marker makes the pair one noun phrase, and a bare given name does not govern a common
  noun. Silent: a word followed by a compound postposition (जॉन खाने के बाद, मारिया काम के
  लिए, माइकल शिकार के शौकीन), a person word (जॉन भाई, मैरी की बेटी), a word that follows names
  in Hindi (``data/name_slots.toml``), an oblique infinitive (खाने की मेज़);
* **person word + word + foreign surname**: a person word right before (a descriptor, title or
  any Hindi word whose English is a person noun in WordNet: धावक, लेखिका, स्केटर), then a
  common noun or adjective, then a word unknown to Hindi text that spells a listed foreign
  surname (केन्याई धावक आशीर्वाद ओटिएनो, राष्ट्रपति आज़ादी केन्याटा): a translated given
  name. Silent: Indian and Nepali given names (``data/name_class_indian.tsv``: अभिनेत्री तारा
  सुतारिया, गायिका आशा भोसले).
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.bilingual import concrete
from audit.lang.frequency import zipf_hi
from audit.rules import name_data
from audit.rules.name_class import (
    DESCRIPTORS,
    DETERMINERS,
    HINDI_TITLES,
    HONORIFICS,
    LOAN_SIM,
    NAME_MAX_ZIPF,
    NAME_SPELLING_SIM,
    PARTICLES,
    Hit,
    _calque_of_key,
    _is_given,
    _units,
    after_name_word,
    native_word,
)
from audit.rules.name_data import (
    FUNCTION_WORDS,
    all_given_names,
    given_names,
    indian_name,
    stem_keys,
    surnames,
)
from audit.rules.names import Unit, lexicon, norm, spelling_key

#: case markers that close a full name used as a noun phrase
FRAME_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के", "को"))
GENITIVES = frozenset(norm(w) for w in ("का", "की", "के"))
#: nouns that make "X के/की" a compound postposition or an adjective's complement: X is then an
#: adverbial or an object (जॉन खाने के बाद, मारिया काम के लिए, माइकल शिकार के शौकीन), no possessor
POSTPOSITION_NOUNS = frozenset(
    norm(w)
    for w in """लिए लिये बाद साथ बारे दौरान बिना कारण पास पहले बीच खिलाफ ख़िलाफ़ ज़रिए जरिए तहत अलावा
    बजाय मुताबिक अनुसार सामने पीछे ऊपर नीचे अंदर बाहर तरह ओर तरफ तरफ़ वजह जगह शौकीन लायक योग्य करीब
    क़रीब नज़दीक आसपास रूप चलते मारे बदले सिवा सिवाय बराबर समान जैसा जैसी जैसे""".split()
)
#: a given name this rare in Hindi text is foreign beyond doubt (ऑक्टावियो, डोना)
CLEAR_GIVEN_MAX_ZIPF = 2.0
#: … and one rarer than this a foreign given name that news prints often (हैरी, एलन)
COMMON_GIVEN_MAX_ZIPF = 4.0
#: a rare word that spells an English word that is no name this closely is that word (अल्पाइन)
ENGLISH_SPELLING_SIM = 0.8
#: markers after "given name + word": ने and the genitives (को takes an object: लैरी चिड़िया को
#: दाना डालता था)
GIVEN_FRAME_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के"))
#: nouns of time after a name (जेरेमी हंट सोमवार को): no name part
TIME_WORDS = frozenset(
    norm(w)
    for w in """सोमवार मंगलवार बुधवार गुरुवार वीरवार शुक्रवार शनिवार रविवार इतवार जनवरी फरवरी मार्च अप्रैल
    मई जून जुलाई अगस्त सितंबर सितम्बर अक्टूबर नवंबर नवम्बर दिसंबर दिसम्बर सुबह शाम रात दोपहर कल आज परसों
    दिन साल वर्ष महीने हफ्ते सप्ताह""".split()
)


def _named_person(key: str) -> bool:
    """A listed person word: a descriptor, title or honorific."""
    return key in DESCRIPTORS or key in HONORIFICS or key in HINDI_TITLES or key in lexicon().titles


@lru_cache(maxsize=65536)
def person_word(key: str) -> bool:
    """A word that names a person: a descriptor, title or honorific, or a Hindi word (or loan)
    whose first English sense is a person noun in WordNet (धावक → runner, लेखिका → writer,
    स्केटर → skater)."""
    if _named_person(key):
        return True
    if key in FUNCTION_WORDS or len(key) < 2:
        return False
    d = engdict.dictionary()
    for k in stem_keys(spelling_key(key)):
        senses = [s for s in d.translates_as_word(k) if s.pos.startswith("N")]
        if senses:
            return concrete.is_person(min(senses, key=lambda s: s.rank).english)
    return any(
        sim >= LOAN_SIM and concrete.is_person(en)
        for en, _z, sim in res.english_lookalikes(key, min_key_len=2)[:1]
    )


def _clear_given(u: Unit) -> bool:
    """A foreign given name beyond doubt: a listed spelling, or a word almost unknown to Hindi text
    that spells a listed given name and no English word that is not a name (अल्पाइन is *alpine*);
    not an Indian given name."""
    if len(u.parts) != 1 or indian_name(u.key, "given"):
        return False
    if u.key in given_names():
        return True
    if zipf_hi(u.key) >= CLEAR_GIVEN_MAX_ZIPF or not _is_given(u):
        return False
    looks = res.english_lookalikes(u.key, min_key_len=2)
    return not (looks and looks[0][2] >= ENGLISH_SPELLING_SIM and looks[0][0] not in name_data.latin_names())


def _common_given(u: Unit) -> bool:
    """A foreign given name that Hindi news prints often (हैरी, एलन, साइमन: Zipf below
    :data:`COMMON_GIVEN_MAX_ZIPF`) and spells a listed given name closely; weaker evidence than
    :func:`_clear_given`, so the word after it must be no person noun (रोमन सेनापति)."""
    if len(u.parts) != 1 or indian_name(u.key, "given") or zipf_hi(u.key) >= COMMON_GIVEN_MAX_ZIPF:
        return False
    if not _is_given(u) or name_data.foreign_name_similarity(u.key) < NAME_SPELLING_SIM:
        return False
    looks = res.english_lookalikes(u.key, min_key_len=2)
    # a closer English word that is no name is that word (अल्पाइन: alpine; हैरी stays Harry)
    return not (looks and looks[0][2] > ENGLISH_SPELLING_SIM and looks[0][0] not in name_data.latin_names())


@lru_cache(maxsize=65536)
def _verb_oblique(key: str) -> bool:
    """An oblique infinitive (खाने, पढ़ने): a verb form, no name."""
    return key.endswith("ने") and bool(
        [s for s in engdict.dictionary().translates_as_word(key[:-2] + "ना") if s.pos.startswith("V")]
    )


@lru_cache(maxsize=65536)
def frame_word(key: str) -> str | None:
    """The English of a common noun or adjective standing in a name's place, or None for words
    that are names or name companions there (person words, kinship, Indian names, listed given
    names and surnames, verb forms)."""
    if len(key) < 2 or key in FUNCTION_WORDS or key in PARTICLES or _verb_oblique(key):
        return None
    if after_name_word(key) or key in surnames() or key in given_names() or indian_name(key, "given"):
        return None
    english = _calque_of_key(key)
    if english is None:
        native = native_word(key)
        english = native[0] if native else None
    if english is None or _named_person(key):
        return None
    return english


def _foreign_surname(u: Unit) -> bool:
    """A word unknown to Hindi text and the dictionary that spells a listed foreign surname."""
    if len(u.parts) != 1 or len(u.key) < 3 or indian_name(u.key, "surname"):
        return False
    if max(zipf_hi(u.key), zipf_hi(u.surface)) >= NAME_MAX_ZIPF:
        return False
    if engdict.dictionary().translates_as_word(u.key):
        return False
    hit = name_data.foreign_name(u.key)
    return hit is not None and "surname" in hit[1]


def _name_english(key: str) -> str | None:
    """The English of a noun before a surname when it is a given name itself (Grace, Destiny,
    Hope: a listed given name), from the name glossary or the noun senses of the dictionary; a
    Hindi word whose English is no given name is an Indian given name there as often (अभिनेत्री
    कृति सेनन, creation), and an adjective a modifier (कपास किसान गुलाबी सुंडी)."""
    d = engdict.dictionary()
    calque = _calque_of_key(key)
    words = ([calque] if calque else []) + [
        s.english
        for k in stem_keys(spelling_key(key))
        for s in d.translates_as_word(k)
        if s.pos.startswith("N")
    ]
    latin = name_data.latin_names()
    return next((w for w in words if "given" in latin.get(w, "")), None)


def find_frame_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Translated name parts in the frames of ``text`` (NFC); ``taken``: unit indices already reported."""
    us = list(_units(text))
    hits: list[Hit] = []
    done = set(taken)

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    for i in range(1, len(us) - 1):
        x, nxt = us[i], joined(i + 1)
        # a case marker closes the name (जूड कानून की), or a determiner opens the next noun
        # phrase (टॉम साहसी अपनी अगली फिल्म में, मिक मोची इस टीम के लिए): a bare given name's
        # object noun is followed by its verb (डेविड किताब पढ़ रहे थे)
        if i in done or not x.joined_before or nxt is None:
            continue
        if nxt.key not in GIVEN_FRAME_MARKERS and nxt.key not in DETERMINERS:
            continue
        if len(x.parts) != 1 or len(x.key) < 3 or x.key in TIME_WORDS:
            continue
        if not _clear_given(us[i - 1]) and not (_common_given(us[i - 1]) and not person_word(x.key)):
            continue
        before = joined(i - 2) if us[i - 1].joined_before else None
        if before is not None and (_is_given(before) or before.key in all_given_names()):
            continue  # a full name already (जेरेमी हंट सोमवार को)
        after = joined(i + 2)
        if nxt.key in GENITIVES and after is not None and after.key in POSTPOSITION_NOUNS:
            continue
        if name_data.foreign_name_similarity(x.key) >= NAME_SPELLING_SIM:
            continue  # the name written out (गैरेथ बेल ने)
        english = frame_word(x.key)
        if english is None:
            continue
        if nxt.key in GENITIVES and concrete.is_concrete(english):
            continue  # a thing and a genitive: माइकल कपास की खेती के बारे में पढ़ रहा था
        hits.append(Hit(i - 1, i + 1, i, english))
        done.add(i)
    for i in range(len(us) - 1):
        u, nxt = us[i], joined(i + 1)
        if i in done or nxt is None or len(u.parts) != 1 or len(u.key) < 3:
            continue
        s = i + 2 if nxt.key in PARTICLES and joined(i + 2) is not None else i + 1
        sur = us[s]
        # cheap look-ups first: the surname unknown to Hindi text, the person around the name
        if len(sur.parts) != 1 or len(sur.key) < 3 or zipf_hi(sur.key) >= NAME_MAX_ZIPF:
            continue
        # the person: a person word before, or at the sentence's start a case marker after
        # (नियति उडोगी ने, सौंदर्य खशोगी की मंगेतर)
        prev, marker = joined(i - 1), joined(s + 1)
        if not (
            (prev is not None and person_word(prev.key))
            or (prev is None and i == 0 and marker is not None and marker.key in FRAME_MARKERS)
        ):
            continue
        native = native_word(u.key)
        if native is not None and native[1] == "Adj":
            continue  # an adjective modifies (कपास किसान गुलाबी सुंडी)
        english = _name_english(u.key) if frame_word(u.key) is not None else None
        if english is None or _is_given(u) or not _foreign_surname(sur):
            continue
        hits.append(Hit(i, s + 1, i, english))
        done.add(i)
    return hits
