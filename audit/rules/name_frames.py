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

from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import concrete
from audit.lang.bilingual.phrasal_hindi import verb_stem
from audit.lang.function_words import HINDI_GENITIVES
from audit.lang.segment_words import segment_words, unit_test
from audit.rules import name_data
from audit.rules.name_class import (
    DETERMINERS,
    LOAN_SIM,
    NAME_MAX_ZIPF,
    NAME_SPELLING_SIM,
    PARTICLES,
    Hit,
    after_name_word,
    calque_of_key,
    is_given,
    native_word,
)
from audit.rules.name_class import (
    verb_oblique as _verb_oblique,
)
from audit.rules.name_data import (
    FUNCTION_WORDS,
    all_given_names,
    given_names,
    indian_name,
    indian_surname_shape,
    inflected_form,
    stem_keys,
    surnames,
)
from audit.rules.name_roles import named_person, person_word
from audit.rules.names import Unit, key_zipf, norm, spelling_key, units

#: case markers that close a full name used as a noun phrase
FRAME_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के", "को"))
ERGATIVE_MARKER = norm("ने")
OBJECT_MARKER = norm("को")
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


#: postpositions that make a noun after a bare given name an object or adverbial (केंजी जंगल में
#: रास्ता भटक गए, थियागो पेड़ के नीचे): the open frame stays silent before them
LOCATIVES = frozenset(
    norm(w) for w in ("में", "पर", "से", "तक", "को", "वाला", "वाले", "वाली", "जैसा", "जैसे", "जैसी")
)
#: forms of होना and रहना that close a predicate (मारिया डॉक्टर हैं, जॉन बीमार थे)
AUXILIARIES = frozenset(
    norm(w) for w in "है हैं था थी थे हो हूं हूँ होगा होगी होंगे होंगी रहा रही रहे गया गई गए सकता सकती सकते".split()
)
#: words after which an adjective modifies nothing: a conjunction or a determiner (जैक काला और)
CLOSERS = DETERMINERS | frozenset(norm(w) for w in ("और", "तथा", "एवं", "व", "या"))
#: adverbs of time and frequency after a given name (जॉन रोज़ दौड़ते हैं): no name part
OPEN_ADVERBS = frozenset(
    norm(w)
    for w in """रोज़ रोज अक्सर हमेशा अब फिर अभी कभी जल्द जल्दी तुरंत पहले बाद लगातार शायद नहीं न मत तो सिर्फ़
    सिर्फ केवल बस ज़रूर जरूर बहुत काफ़ी काफी ज़्यादा ज्यादा कम""".split()
)


def is_clear_given(u: Unit) -> bool:
    """A foreign given name beyond doubt: a listed spelling, or a word almost unknown to Hindi text
    that spells a listed given name and no English word that is not a name (अल्पाइन is *alpine*);
    not an Indian given name."""
    if len(u.parts) != 1 or indian_name(u.key, "given"):
        return False
    if u.key in given_names():
        return True
    if key_zipf(u.key) >= CLEAR_GIVEN_MAX_ZIPF or not is_given(u):
        return False
    looks = res.english_lookalikes(u.key, min_key_len=2)
    if not (looks and looks[0][2] >= ENGLISH_SPELLING_SIM and looks[0][0] not in name_data.latin_names()):
        return True
    # a word that spells a widespread given name exactly is that name (सेलिन, not saline)
    return name_data.widespread_given(u.key) and looks[0][2] < 1.0


def is_common_given(u: Unit) -> bool:
    """A foreign given name that Hindi news prints often (हैरी, एलन, साइमन: Zipf below
    :data:`COMMON_GIVEN_MAX_ZIPF`) and spells a listed given name closely; weaker evidence than
    :func:`is_clear_given`, so the word after it must be no person noun (रोमन सेनापति)."""
    if len(u.parts) != 1 or indian_name(u.key, "given") or key_zipf(u.key) >= COMMON_GIVEN_MAX_ZIPF:
        return False
    if not is_given(u) or name_data.foreign_name_similarity(u.key) < NAME_SPELLING_SIM:
        return False
    looks = res.english_lookalikes(u.key, min_key_len=2)
    # a closer English word that is no name is that word (अल्पाइन: alpine; हैरी stays Harry)
    return not (looks and looks[0][2] > ENGLISH_SPELLING_SIM and looks[0][0] not in name_data.latin_names())


@res.vocabulary_memo("name-frame-word-v1", key=engdict.stamp)  # a first sight reads the dictionary
def frame_word(key: str) -> str | None:
    """The English of a common noun or adjective standing in a name's place, or None for words
    that are names or name companions there (person words, kinship, Indian names, listed given
    names and surnames, verb forms)."""
    if len(key) < 2 or key in FUNCTION_WORDS or key in PARTICLES or _verb_oblique(key):
        return None
    if after_name_word(key) or key in surnames() or key in given_names() or indian_name(key, "given"):
        return None
    english = calque_of_key(key)
    if english is None:
        native = native_word(key)
        english = native[0] if native else None
    if english is None or named_person(key):
        return None
    return english


def _foreign_surname(u: Unit) -> bool:
    """A word unknown to Hindi text and the dictionary that spells a listed foreign surname."""
    if len(u.parts) != 1 or len(u.key) < 3 or indian_name(u.key, "surname"):
        return False
    if max(key_zipf(u.key), key_zipf(u.surface)) >= NAME_MAX_ZIPF:
        return False
    if engdict.dictionary().translates_as_word(u.key):
        return False
    hit = name_data.foreign_name(u.key)
    return hit is not None and "surname" in hit[1]


#: a surname no list holds must be this long to count as a name unknown to Hindi (ओकागबारे)
UNKNOWN_SURNAME_MIN_LEN = 4


def _unknown_surname(u: Unit) -> bool:
    """A word wordfreq's Hindi never saw (as written or normalised), no dictionary word and no
    Indian name: a foreign surname no list holds (ओकागबारे, बावुमा, चुनयिंग)."""
    if len(u.parts) != 1 or len(u.key) < UNKNOWN_SURNAME_MIN_LEN or indian_name(u.key, "surname"):
        return False
    if key_zipf(u.key) > 0 or key_zipf(u.surface) > 0 or indian_name(u.key, "given"):
        return False
    if indian_surname_shape(u.key):
        return False  # an unlisted Indian surname (पहलवान अमन सहरावत)
    return not engdict.dictionary().translates_as_word(u.key)


def _name_english(key: str) -> str | None:
    """The English of a noun before a surname when it is a given name itself (Grace, Destiny,
    Hope: a listed given name), from the name glossary or the noun senses of the dictionary; a
    Hindi word whose English is no given name is an Indian given name there as often (अभिनेत्री
    कृति सेनन, creation), and an adjective a modifier (कपास किसान गुलाबी सुंडी)."""
    d = engdict.dictionary()
    calque = calque_of_key(key)
    words = ([calque] if calque else []) + [
        s.english
        for k in stem_keys(spelling_key(key))
        for s in d.translates_as_word(k)
        if s.pos.startswith("N")
    ]
    latin = name_data.latin_names()
    return next((w for w in words if "given" in latin.get(w, "")), None)


#: what may follow the word of the first frame: a marker, or a determiner opening the next phrase
_FRAME_NEXT = GIVEN_FRAME_MARKERS | DETERMINERS
_FRAME_NEXT_OBJECT = _FRAME_NEXT | {OBJECT_MARKER}


@lru_cache(maxsize=4096)
def name_starts(text: str) -> tuple[frozenset[int], frozenset[int]]:
    """The units of ``text`` (NFC) where a frame's name can stand: (those that may be a foreign
    given name — listed, or rarer than :data:`COMMON_GIVEN_MAX_ZIPF`, what :func:`is_clear_given`,
    :func:`is_common_given` and :func:`opens_name` all require —, those rare enough for a surname
    unknown to Hindi, below :data:`NAME_MAX_ZIPF`). The frames walk only the words beside them."""
    layer = segment_words(text)
    return frozenset(layer.passing(_GIVEN_START)), frozenset(layer.passing(_RARE_START))


# name_starts' two sets, read in the layer's one walk for every rule's test: listed or rarer than
# COMMON_GIVEN_MAX_ZIPF, and of those the ones below NAME_MAX_ZIPF
_GIVEN_START = unit_test(lambda key: key_zipf(key) < COMMON_GIVEN_MAX_ZIPF or key in given_names())
_RARE_START = unit_test(
    lambda key: (
        key_zipf(key) < NAME_MAX_ZIPF and (key_zipf(key) < COMMON_GIVEN_MAX_ZIPF or key in given_names())
    )
)


def find_frame_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Translated name parts in the frames of ``text`` (NFC); ``taken``: unit indices already reported."""
    us = list(units(text))
    hits: list[Hit] = []
    done = set(taken)

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    given, rare = name_starts(text)
    # (the walk starts between a given name and a marker or determiner: the layer's indices)
    for i in [n - 1 for n in segment_words(text).at(_FRAME_NEXT_OBJECT) if n >= 2 and n - 2 in given]:
        x, nxt = us[i], us[i + 1]
        # a case marker closes the name (जूड कानून की), or a determiner opens the next noun
        # phrase (टॉम साहसी अपनी अगली फिल्म में, मिक मोची इस टीम के लिए): a bare given name's
        # object noun is followed by its verb (डेविड किताब पढ़ रहे थे)
        if not (x.joined_before and nxt.joined_before) or i in done:
            continue
        if len(x.parts) != 1 or len(x.key) < 3 or x.key in TIME_WORDS:
            continue
        if nxt.key not in _FRAME_NEXT and not (nxt.key == OBJECT_MARKER and ergative_before(us, i - 1)):
            continue  # (_object_marker, inline: asked for every word)
        # the word's English before the given name's tests (a table look-up for Hindi's words, where
        # a new word before it costs a ranking of look-alike names)
        english = frame_word(x.key)
        if english is None:
            continue
        if not is_clear_given(us[i - 1]) and not (is_common_given(us[i - 1]) and not person_word(x.key)):
            continue
        before = joined(i - 2) if us[i - 1].joined_before else None
        if before is not None and (is_given(before) or before.key in all_given_names()):
            continue  # a full name already (जेरेमी हंट सोमवार को)
        after = joined(i + 2)
        if nxt.key in HINDI_GENITIVES and after is not None and after.key in POSTPOSITION_NOUNS:
            continue
        if name_data.foreign_name_similarity(x.key) >= NAME_SPELLING_SIM and (
            key_zipf(x.key) < COMMON_GIVEN_MAX_ZIPF - 1 or name_data.widespread_name(x.key)
        ):
            continue  # the name written out (गैरेथ बेल ने); not a common word matching a rare name (कपास)
        if nxt.key in HINDI_GENITIVES and concrete.is_concrete(english) and not _authored(us, i + 2, i - 1):
            continue  # a thing and a genitive: माइकल कपास की खेती के बारे में पढ़ रहा था
        hits.append(Hit(i - 1, i + 1, i, english))
        done.add(i)
    for i in sorted(
        {k for r in rare for k in (r - 1, r - 2) if 0 <= k < len(us) - 1}
    ):  # (a rare surname next)
        u, nxt = us[i], us[i + 1]
        if not nxt.joined_before or i in done or len(u.parts) != 1 or len(u.key) < 3:
            continue
        s = i + 2 if nxt.key in PARTICLES and joined(i + 2) is not None else i + 1
        sur = us[s]
        # cheap look-ups first: the surname unknown to Hindi text, the person around the name
        if len(sur.parts) != 1 or len(sur.key) < 3 or key_zipf(sur.key) >= NAME_MAX_ZIPF:
            continue
        if frame_word(u.key) is None:
            continue  # (the test of the English below, first: a table look-up)
        # the person: a person word before, or at the sentence's start a case marker after
        # (नियति उडोगी ने, सौंदर्य खशोगी की मंगेतर)
        prev = us[i - 1] if i > 0 and u.joined_before else None  # also a sentence's first word
        marker = joined(s + 1)
        if not (
            (prev is not None and person_word(prev.key))
            or (prev is None and i == 0 and marker is not None and marker.key in FRAME_MARKERS)
        ):
            continue
        native = native_word(u.key)
        if native is not None and native[1] == "Adj":
            continue  # an adjective modifies (कपास किसान गुलाबी सुंडी)
        if prev is not None and person_word(u.key):
            continue  # a role phrase of two person words before the name (नोबेल विजेता हान कांग)
        english = _name_english(u.key)
        if english is None or is_given(u) or u.key in POSTPOSITION_NOUNS:
            continue
        # a surname no list holds only after a person word (not तूफान कटिराना के: a storm's name)
        if not (_foreign_surname(sur) or (prev is not None and _unknown_surname(sur))):
            continue
        hits.append(Hit(i, s + 1, i, english))
        done.add(i)
    return hits


def _object_marker(us: list[Unit], i: int) -> bool:
    """को after ``us[i]`` in a clause whose subject came before with ने (कोच ने … जर्सी एंड्रयू
    कुली को दी): the given name before ``us[i]`` is no subject, so name and noun are one phrase
    (not लैरी चिड़िया को दाना डालता था, where Larry feeds the bird)."""
    return i + 1 < len(us) and us[i + 1].key == OBJECT_MARKER and ergative_before(us, i - 1)


def is_verbal(u: Unit | None) -> bool:
    """A verb form or auxiliary (पढ़ रहे, हिलाकर, खरीदने, हैं): the noun before it is an object or
    a predicate, not a name part (डेविड किताब पढ़ रहे थे, लॉरा पानी लेने गई)."""
    if u is None or len(u.parts) != 1:
        return False
    if u.key in AUXILIARIES:
        return True
    if (
        u.key in FUNCTION_WORDS
        or u.key in FRAME_MARKERS
        or u.key in LOCATIVES
        or u.key in CLOSERS
        or (u.key in POSTPOSITION_NOUNS)
    ):
        return False  # की, इस: no verb here (की before an auxiliary: see find_open_calques)
    w = u.surface
    if w.endswith(("ना", "ने", "नी")) and len(w) > 3:
        # an infinitive, not a noun ending so (महीने: month); the dictionary's adjective senses of
        # infinitives are participles (बनाना: manufacture), no adjective before a noun
        verb = bool(verb_stem(w[:-2])) or (w.endswith("ना") and _dictionary_verb(u.key))
        native = native_word(u.key) if verb else ("", "N")
        return _verb_oblique(u.key) or native is None or native[1] == "Adj"
    return bool(verb_stem(w))


@lru_cache(maxsize=65536)
def _dictionary_verb(key: str) -> bool:
    """The dictionary has a verb sense for ``key`` as written (बनाना: build)."""
    return engdict.translated_as(key, "V")


@lru_cache(maxsize=65536)
def _adjective(key: str) -> bool:
    """A word with an adjective sense in the dictionary, any inflection (ग्रामीण, काला, छोटी)."""
    d = engdict.dictionary()
    if any(s.pos.startswith("Adj") for k in stem_keys(spelling_key(key)) for s in d.translates_as_word(k)):
        return True
    native = native_word(key)  # a feminine form the dictionary lists as masculine (छोटी: छोटा)
    return native is not None and native[1] == "Adj"


@lru_cache(maxsize=65536)
def spells_name_word(key: str) -> bool:
    """``key`` spells, letter for letter, an English word that is a name part (रेड: Red, हिल:
    Hill): the name part written out, whatever Hindi word it also is."""
    words, gloss = name_data.name_words(), name_data.glossary()
    return any(
        sim >= 0.95 and (en in words or en in gloss)
        for en, _z, sim in res.english_lookalikes(key, min_key_len=2)
    )


#: words that open a new clause: an ergative before them belongs to another clause
CLAUSE_OPENERS = frozenset(
    norm(w) for w in "कि और लेकिन मगर परंतु जबकि क्योंकि जो जिसने जिन्होंने जिसे जिन्हें जब तब".split()
)


#: WordNet's noun.communication: what a person writes, sings or says (report, novel, song, album)
WORK_FILE = "10"
#: markers after a work that make it no object of a bare given name (not को: जॉन किताब को पढ़ते हैं)
WORK_MARKERS = frozenset(norm(w) for w in ("ने", "का", "की", "के", "में", "पर", "से", "तक"))


def _authored(us: list[Unit], k: int, g: int) -> bool:
    """``us[k]`` (or the noun after one adjective) is a work a person makes — its English, or a
    loan's English look-alike, has noun.communication as its first WordNet sense (रिपोर्ट,
    उपन्यास, गीत) — that is no object of the given name ``us[g]``: a case marker follows the work
    (लेव अखरोट के उपन्यास ने, मारियो अजगर की रिपोर्ट में) or the clause has its subject with ने
    before the name. A thing does not own a work, so the genitive makes name and noun one
    person (not मारिया फूलों के गीत गाती है: Maria sings songs of flowers)."""
    head = us[k] if k < len(us) and us[k].joined_before else None
    native = native_word(head.key) if head is not None else None
    if head is not None and native is not None and native[1] == "Adj" and k + 1 < len(us):
        k += 1  # लेव अखरोट के एक उपन्यास, मैरी बेर की पहली कुकबुक
        head = us[k] if us[k].joined_before else None
        native = native_word(head.key) if head is not None else None
    if head is None or len(head.parts) != 1:
        return False
    english = native[0] if native is not None else None
    if english is None:
        looks = res.english_lookalikes(head.surface, min_key_len=2)
        english = looks[0][0] if looks and looks[0][2] >= LOAN_SIM else None
    files = wordnet.sense_files("noun", english.lower()) if english else []
    if not files or files[0] != WORK_FILE:
        return False
    after = us[k + 1] if k + 1 < len(us) and us[k + 1].joined_before else None
    return (after is not None and after.key in WORK_MARKERS) or ergative_before(us, g)


def ergative_before(us: list[Unit], g: int) -> bool:
    """The clause of ``us[g]`` already has its subject with ने before it (चयनकर्ताओं ने … ट्रैविस
    सिर को टीम से बाहर कर दिया): the given name is no subject, so name and noun are one phrase."""
    k = g
    while k > 0 and us[k].joined_before:
        k -= 1
        if us[k].key == ERGATIVE_MARKER:
            return True
        if us[k].key in CLAUSE_OPENERS:
            return False
    return False


def is_light_verb(us: list[Unit], k: int) -> bool:
    """``us[k]`` is की/के/का as a form of करना (जारी की है, शुरू की): an auxiliary or the clause's
    end follows it, where a genitive is followed by its noun."""
    if k >= len(us) or not us[k].joined_before or us[k].key not in HINDI_GENITIVES:
        return False
    after = us[k + 1] if k + 1 < len(us) and us[k + 1].joined_before else None
    return after is None or after.key in AUXILIARIES


def opens_name(us: list[Unit], g: int) -> bool:
    """``us[g]`` is a foreign given name that opens a name: beyond doubt (:func:`is_clear_given`), or
    one news prints often after a person word (धाविका अन्ना), and not itself the second part of a
    full name (नूरी बिल्गे)."""
    u = us[g]
    if len(u.key) < 3:
        return False  # two letters (एन, एड) are as often a letter or an abbreviation
    before = us[g - 1] if g > 0 and u.joined_before else None
    if before is not None and (is_clear_given(before) or before.key in given_names()):
        return False
    person = before is not None and person_word(before.key)
    if u.key not in given_names() and not name_data.widespread_given(u.key):
        return False  # a rare word that spells some listed name by chance (कलमा, गीज़ा)
    return is_clear_given(u) or (person and is_common_given(u))


#: words the open frame never reads as a name part (one set for the test on every word)
_NOT_OPEN = TIME_WORDS | OPEN_ADVERBS | FUNCTION_WORDS | CLOSERS


def find_open_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """A common noun right after a foreign given name in any position of the sentence, not only
    before a case marker (कैरेन तीतर पुस्तक मेले का …, एलिस संगमरमर तीसरे दौर में, जैक काला और):
    after a given name Hindi has its surname; a bare given name is followed by a common noun only
    as the object or predicate of a verb that comes right after it (डेविड किताब पढ़ रहे थे, जॉन
    मिठाई खरीदने गए, मारिया डॉक्टर हैं) or as a noun before a postposition (केंजी जंगल में).
    An adjective or an inflected form counts only before a conjunction, a determiner or the end
    of a clause (it modifies the next noun: कप्तान बेन पिछले मैच में; names do not inflect)."""
    us = list(units(text))
    hits: list[Hit] = []

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    given_keys = given_names()
    starts = name_starts(text)[0]  # (the given name is the word before, or two before: name_starts)
    for i in sorted({k for g in starts for k in (g + 1, g + 2) if k < len(us)}):
        x = us[i]
        if not x.joined_before or i in taken or len(x.parts) != 1 or len(x.key) < 2:
            continue
        if x.key in _NOT_OPEN:
            continue
        g = i - 1
        if us[g].key in PARTICLES and joined(g) is not None and g >= 1 and us[g - 1].joined_before:
            g -= 1  # योरिट डी बड़ा
        given = us[g]
        if len(given.key) < 3 or (
            given.key not in given_keys and key_zipf(given.key) >= COMMON_GIVEN_MAX_ZIPF
        ):
            continue  # no given name (a quick look before the dictionary and spelling look-ups)
        english = frame_word(x.key)
        if english is None:
            continue
        nxt = joined(i + 1)
        if nxt is not None and nxt.key in GIVEN_FRAME_MARKERS:
            continue  # the frames with a marker decide
        if nxt is not None and nxt.key in LOCATIVES and not ergative_before(us, g):
            continue  # an object or adverbial of the given name (केंजी जंगल में रास्ता भटक गए)
        if is_verbal(nxt) or (nxt is not None and (is_verbal(joined(i + 2)) or is_light_verb(us, i + 2))):
            continue  # an object or predicate: किताब पढ़ रहे थे, नींबू पानी पीकर, चेतावनी जारी की है
        if nxt is not None and nxt.key not in CLOSERS and (_adjective(x.key) or inflected_form(x.key)):
            continue  # it may modify the next noun (कप्तान बेन पिछले मैच में); जैक काला और … not
        if not opens_name(us, g):
            continue
        if name_data.widespread_name(x.key) or spells_name_word(x.key):
            continue  # the name written out (गैरेथ बेल, एरिक रेड); loans have no native_word (टीम)
        hits.append(Hit(g, i + 1, i, english))
    return hits
