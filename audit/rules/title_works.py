"""HI207's work frame, read from the Hindi (in both modes): a foreign film, novel, song, album, series,
ship, restaurant, brand, band or festival named right after its kind noun, its title rendered in
Hindi dictionary words (हॉलीवुड फ़िल्म गुरुत्वाकर्षण की शूटिंग for the film Gravity, क्रिस्टोफ़र नोलन
की फ़िल्म आरंभ ने for Inception, ब्रिटिश बैंड धुंधला ने for Blur, यान मार्टेल के उपन्यास "पाई का
जीवन" ने for Life of Pi). Hindi news writes a foreign title transliterated (ग्रैविटी, इंसेप्शन, ब्लर).

A Hindi work's title after its kind noun is Hindi too (फ़िल्म काग़ज़ के फूल, प्रेमचंद का उपन्यास
गोदान), so the frame asks for a foreign mark before the kind noun (modifiers such as क्रूज़, कपड़ा
between): an adjective of a foreign country or film industry (हॉलीवुड, अमेरिकी, कोरियाई), or a
maker's genitive whose name is a listed foreign name (``name_class_latin.tsv``: नोलन, स्विफ़्ट)
and no Indian one (``name_class_indian.tsv``) — the maker's genitive may stand right before a
quoted title with no kind noun (प्रिंस का "बैंगनी बारिश"). The title is the quoted words, or a run
of up to :data:`MAX_WORDS` translated words (:func:`title_word`: no transliteration, place or
person's name; का/की/के/और between them) closed by a postposition or a place. Silent: a word continuing the kind noun as a compound (फ़िल्म निर्माता,
बैंड सदस्य, फ़िल्म उद्योग), a title with a word spelled from English or a place, and foreign
classics with no foreign mark in their frame. The frame's words are data (``data/work_frame.toml``;
the works' kind nouns of ``data/frozen_names.toml``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict
from audit.lang.bilingual.hindi import fold, is_stop, stem_key, words
from audit.lang.frequency import zipf_hi
from audit.lang.phonetic import norm
from audit.rules.title_source import GAP_RE

#: a title's translated words at most, when it stands unquoted
MAX_WORDS = 4
#: WordNet's lexicographer file of times (noun.time)
TIME_FILE = "28"
#: a Hindi word the dictionary lacks is a title's word from this frequency in Hindi text on
COMMON_ZIPF = 3.5
#: words a title may hold between its translated words
_JOINS = frozenset(fold(w) for w in ("का", "की", "के", "और"))
#: what closes an unquoted title: a postposition (or a place: see :func:`_run`)
_CLOSERS = frozenset(fold(w) for w in ("ने", "को", "से", "में", "पर", "तक", "का", "की", "के"))
_GENITIVE = frozenset(fold(w) for w in ("का", "की", "के"))
_OPEN_QUOTE_RE = re.compile(r"^[\s\-]*[\"'“‘«]\s*$")
_CLOSE_QUOTE_RE = re.compile(r"^\s*[\"'”’»]")


@lru_cache(maxsize=1)
def _data() -> dict[str, frozenset[str]]:
    frame = {k: frozenset(fold(w) for w in v) for k, v in data_toml("work_frame.toml").items()}
    works = frozenset(fold(w) for w in data_toml("frozen_names.toml")["work_nouns"])
    frame["kinds"] = frame["kinds"] | works
    return frame


def _gap(text: str, mt: list[tuple[int, int, str]], k: int) -> str:
    return text[mt[k][1] : mt[k + 1][0]]


@lru_cache(maxsize=16384)
def foreign_maker(hindi: str) -> bool:
    """The word is a listed foreign given name or surname (नोलन, स्विफ़्ट, मार्टेल) and no Indian or
    Nepali name (कपूर, चोपड़ा): a maker whose work keeps its foreign title."""
    from audit.rules.name_data import foreign_name, indian_name

    if foreign_name(hindi) is None:
        return False
    key = norm(hindi)
    return not (indian_name(key, "given") or indian_name(key, "surname"))


def _foreign_mark(text: str, mt: list[tuple[int, int, str]], k: int, kind: bool) -> bool:
    """A foreign mark ends at word ``k``: a foreign adjective (before a kind noun only, modifiers
    skipped) or a foreign maker's genitive."""
    data = _data()
    if kind:
        for _ in range(2):
            if k >= 0 and fold(mt[k][2]) in data["modifiers"] and GAP_RE.fullmatch(_gap(text, mt, k)):
                k -= 1
        if k >= 0 and fold(mt[k][2]) in data["foreign"] and GAP_RE.fullmatch(_gap(text, mt, k)):
            return True
    if k < 1 or fold(mt[k][2]) not in _GENITIVE or not GAP_RE.fullmatch(_gap(text, mt, k - 1)):
        return False
    return foreign_maker(mt[k - 1][2])


@lru_cache(maxsize=65536)
def title_word(hindi: str) -> bool:
    """The word can stand in a translated title: a Hindi translation
    (:func:`audit.rules.title_teams.translated`), or a dictionary noun or adjective whose English
    it does not spell (सूखा: dry, बारिश: rain — a verb's form or a loan's look-alike to that test);
    no place, no word continuing a kind noun (निर्माता, उद्योग)."""
    from audit.rules.team_words import spells_english, team_base_forms
    from audit.rules.title_teams import ENGLISH_VOWELS, is_place, is_verb_form, translated

    if is_stop(hindi) or fold(hindi) in _data()["compound_heads"]:
        return False
    if translated(hindi):
        return True
    if ENGLISH_VOWELS & set(hindi) or is_place(hindi):
        return False
    d = engdict.dictionary()
    senses = [s for f in team_base_forms(hindi) for s in d.translates_as_word(f)]
    if any(engdict.is_transliteration(hindi, s.english, common=False) for s in senses):
        return False
    if senses:
        return any(s.pos.startswith(("N", "Adj")) for s in senses)
    # a common Hindi word no dictionary spells out (आदमी, धरती, कहानियाँ): no verb form, no
    # English word spelled (कार, मोबाइल)
    common = max(zipf_hi(f) for f in team_base_forms(hindi))  # (सिंहासनों: सिंहासन)
    if common < COMMON_ZIPF or is_verb_form(hindi) or engdict.is_transliteration(hindi):
        return False
    return not spells_english(hindi)


@lru_cache(maxsize=16384)
def time_word(hindi: str) -> bool:
    """An English noun the word translates is a time by its first WordNet sense (शुक्रवार: Friday,
    साल: year)."""
    from audit.lang import wordnet
    from audit.rules import title_words

    if not wordnet.available():
        return False
    d = engdict.dictionary()
    for form in title_words.base_forms(hindi):
        for s in d.translates_as_word(form):
            offsets = (
                wordnet.senses("noun", s.english.lower().replace(" ", "_"))[:1]
                if s.pos.startswith("N")
                else []
            )
            if offsets and wordnet.synset_at("noun", offsets[0]).lexfile == TIME_FILE:
                return True
    return False


def _quoted(text: str, mt: list[tuple[int, int, str]], k: int) -> int | None:
    """The last word of a quoted title opening after word ``k``, when every word is a translation."""
    content = 0
    for j in range(k + 1, len(mt)):
        w = mt[j][2]
        if fold(w) not in _JOINS:
            if not title_word(w):
                return None
            content += 1
        if j + 1 == len(mt) or _CLOSE_QUOTE_RE.match(_gap(text, mt, j)):
            return j if content and fold(w) not in _JOINS else None
        if not GAP_RE.fullmatch(_gap(text, mt, j)):
            return None
    return None


def _run(text: str, mt: list[tuple[int, int, str]], k: int) -> int | None:
    """The last word of an unquoted title of translated words after word ``k``, closed by a
    postposition or a place (a title at the sentence's end stands where Hindi puts its verb); a
    time right after the kind noun is when the work came out (फ़िल्म शुक्रवार को रिलीज़ हुई), and
    an oblique plural before the postposition is Hindi inflecting its noun, which a name is not
    (फ़िल्म सिनेमाघरों में आई)."""
    from audit.rules.title_teams import is_place, is_plural_oblique

    last = None
    content = 0
    for j in range(k + 1, min(len(mt), k + 1 + 2 * MAX_WORDS)):
        if not GAP_RE.fullmatch(_gap(text, mt, j - 1)):
            break
        w = mt[j][2]
        if fold(w) in _JOINS and last is not None and j + 1 < len(mt):
            nxt = mt[j + 1][2]
            if title_word(nxt) and not is_stop(nxt) and GAP_RE.fullmatch(_gap(text, mt, j)):
                continue
        if fold(w) in _JOINS or is_stop(w) or not title_word(w) or content == MAX_WORDS:
            break
        last = j
        content += 1
    if last is None or last + 1 == len(mt) or time_word(mt[k + 1][2]) or is_plural_oblique(mt[last][2]):
        return None
    nxt = mt[last + 1][2]
    return last if fold(nxt) in _CLOSERS or is_place(nxt) else None


@lru_cache(maxsize=4096)
def work_calques(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, title) of foreign titles translated word for word after their kind noun or
    their maker's genitive, in ``text`` (NFC)."""
    if not engdict.available():
        return ()
    mt = words(text)
    kinds = _data()["kinds"]
    found: list[tuple[int, int, str]] = []
    for i in range(1, len(mt) - 1):
        kind = fold(mt[i][2]) in kinds
        if kind and not GAP_RE.fullmatch(_gap(text, mt, i - 1)):
            continue
        if not kind and fold(mt[i][2]) not in _GENITIVE:
            continue
        if not _foreign_mark(text, mt, i - 1 if kind else i, kind):
            continue
        gap = _gap(text, mt, i)
        if _OPEN_QUOTE_RE.match(gap):
            last = _quoted(text, mt, i)
        elif kind and GAP_RE.fullmatch(gap):
            last = _run(text, mt, i)
        else:
            last = None
        if last is not None:
            found.append((mt[i + 1][0], mt[last][1], text[mt[i + 1][0] : mt[last][1]]))
    return tuple(found)


@lru_cache(maxsize=65536)
def gap_word(hindi: str) -> bool:
    """A word that can fill a gap of a source name (:func:`audit.rules.title_source.source_calques`):
    a Hindi title word (:func:`title_word`),
    no verb form (दफ़्तर खोला, जांच कर) and none of the vocabulary of Hindi's translated names
    (त्योहार, शाखा: ``[names] conventional``)."""
    from audit.rules.source.said_once import POSTPOSITION_HEADS
    from audit.rules.title_teams import is_verb_form
    from audit.rules.title_words import gloss_tables

    if fold(hindi) in POSTPOSITION_HEADS or fold(hindi) in _AS_NOUNS:
        return False  # के बारे में, के रूप में: a compound postposition's noun renders no name word
    return title_word(hindi) and not is_verb_form(hindi) and stem_key(hindi) not in gloss_tables()[1]


#: the noun of के रूप में (*as*), which no list of compound postpositions' heads holds
_AS_NOUNS = frozenset({fold("रूप")})
