"""HI207's source path for a name word the dictionary cannot link: a capitalised word of the source
(a team's, a venue's, a brand's) that has no Devanagari reading anywhere in the MT, while the MT
word standing in its slot is Hindi of its own (वॉशिंगटन सेनापतियों for the Washington Commanders,
लॉस एंजेलिस मेढ़े for the Los Angeles Rams, बाइक-टैक्सी ऐप फ़ुर्तीला for the bike-taxi app Rapido).

The other source paths (:mod:`title_source`, :mod:`title_brands`, :mod:`title_teams`) need the
English→Hindi dictionary to say that the Hindi word translates the English one, and the dictionary
lacks most team nouns and brand words (ram → भेंड़ा, not मेढ़ा; rapido: none). This path needs no
such link: the source fixes the slot. A name word's neighbour in the source (Washington, the app, the
beer) that the MT spells out anchors it: Hindi keeps a name's words and a noun compound's words in
the English order, so the word right after the anchor's reading (before it, for a right-hand
neighbour: हाथी-दांत बियर for Tusker beer) is the name word's rendering. When that word reads as no
word of the source, is no function word, no transliteration of English and no place, and the name
word is spelled nowhere in the MT, the name was translated. A name opening the source as the
subject of a side's or a firm's act (The Gunners beat Brighton: after an opening The, English
capitalises a plural only in a name) has its slot at the MT's opening, before ने (तोपचियों ने).

Left silent, as Hindi's own names of a kind Hindi translates: a rendering in the conventional
vocabulary of translated names (केरल उच्च न्यायालय, डोमिनिकन गणराज्य, जल शक्ति मंत्रालय: the title
inventory's ``[names] conventional`` and ``[plain]``), a name word English itself capitalises as a
common word (Army, Parliament: WordNet), weekdays, months and numbers, a name word that no
dictionary and no WordNet sense knows (a foreign name spelled in a way the readers miss is no
translation), a Hindi word that translates another word of the source, and a person's name (the
name rules').
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual import english, freedict
from audit.lang.bilingual.hindi import fold, is_stop, stem_key, words
from audit.lang.frequency import zipf_hi
from audit.rules.team_words import spells_english, team_base_forms
from audit.rules.title_brands import LOCATION, MONTHS, NUMBERS, ORG_NOUNS, WEEKDAYS, capitalised_in_wordnet
from audit.rules.title_frames import ORG_ACT_RE, named_by_frame
from audit.rules.title_guards import people_epithet
from audit.rules.title_source import (
    GAP_RE,
    GLUE,
    HEADLINE_SHARE,
    LEADING,
    PERSON_TITLES,
    is_person,
    is_role_noun,
)
from audit.rules.title_teams import is_place
from audit.rules.title_words import common_word, gloss_tables, known_latin_names, renders, spells_word

#: a Hindi word no dictionary knows is Hindi text's own from this frequency on (मेढ़े, तोपचियों
#: are rarer: the dictionary or the word's form must vouch for them)
COMMON_ZIPF = 2.0

#: shorter name words (Day, Cup) are read back by too few letters to tell a spelling from Hindi
MIN_LETTERS = 4
#: a reading of the Hindi this close to the name word spells it (सचेत: Sachet)
SPELLED_SIMILARITY = 0.8
#: a reading of the transliterator's table this close is the word spelled
READING_SIMILARITY = 0.85

_DEVANAGARI_RE = re.compile(r"^[\u0900-\u097F]+$")
_SENT_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)(?:The\s+)?$")
#: between a name word and its neighbour: a space or a hyphen (bike-taxi app Rapido)
_JOIN_RE = re.compile(r"^[\s-]+$")


def _english_word(word: str) -> bool:
    """The dictionary or WordNet knows the word in lower case: it has a meaning to translate."""
    d = freedict.load()
    lemmas = english.lemmas(word)
    return (d is not None and any(x in d for x in lemmas)) or common_word(word)


def _name_word(src: str, k: int, toks: list[tuple[int, int, str]]) -> bool:
    """Source token ``k`` is a capitalised word of a name: not the sentence's first word (nor the
    first after its opening The), no stop word, title, weekday, month or number, an English word
    (so that a translation of it can be told), not written capitalised by WordNet, no given name."""
    s, _e, w = toks[k]
    if not w[:1].isupper() or not w[1:].islower() or len(w) < MIN_LETTERS:
        return False
    low = w.lower()
    if _SENT_START_RE.search(src[:s]) and not _framed(src, toks, k):
        return False
    if (
        low in LEADING
        or low in PERSON_TITLES
        or low in MONTHS
        or low in NUMBERS
        or low.rstrip("s") in WEEKDAYS
    ):
        return False
    if "given" in known_latin_names().get(low, "") or capitalised_in_wordnet(low):
        return False
    return _english_word(low)


def _hindi_word(hindi: str, plural: bool) -> bool:
    """A Hindi content word of its own: no function word or glue, no place, no English spelled; a
    word of the dictionary or of Hindi text, or, for an English plural, a noun in Hindi's oblique
    plural (उड़ाकों, चरागाहों: names do not inflect)."""
    if not _DEVANAGARI_RE.match(hindi) or is_stop(hindi) or fold(hindi) in GLUE or len(hindi) < 2:
        return False
    if is_place(hindi) or engdict.is_transliteration(hindi) or spells_english(hindi):
        return False
    d = engdict.dictionary()
    if any(d.translates_as_word(f) or zipf_hi(f) >= COMMON_ZIPF for f in team_base_forms(hindi)):
        return True
    return hindi.endswith(_HINDI_PLURALS) or (plural and hindi.endswith(_OBLIQUE_PLURAL) and len(hindi) > 3)


#: the oblique plural endings of Hindi nouns (सेनापतियों, हवासीलों, तोपचियों): a Hindi noun inflected
_HINDI_PLURALS = ("ियों", "ाओं", "ुओं")
#: the oblique plural ending of any Hindi noun, in the slot of an English plural
_OBLIQUE_PLURAL = ("ों", "ओं")


@lru_cache(maxsize=4096)
def slot_calques(text: str, src: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English name) of name words of ``src`` whose slot in ``text`` (NFC) holds Hindi."""
    if not src or not engdict.available():
        return ()
    toks = english.tokens(src)
    if len(toks) >= 5 and sum(t[2][0].isupper() for t in toks) / len(toks) >= HEADLINE_SHARE:
        return ()
    mt = words(text)
    if len(mt) < 2:
        return ()
    _, conventional = gloss_tables()
    found: list[tuple[int, int, str]] = []
    for k, (_s, _e, w) in enumerate(toks):
        if not _name_word(src, k, toks):
            continue
        low = w.lower()
        if any(_spelled(h, low) for _a, _b, h in mt):
            continue  # the name is spelled somewhere: kept
        if _person(src, toks, k):
            continue  # Singer Sachet Tandon, Dr Paul Salter: a person's name, the name rules'
        subject = _subject_slot(text, mt, src, toks, k, conventional)
        if subject is not None:
            found.append(subject)
        for step in (-1, 1):  # the left neighbour's reading, then the word after it; the right's, before
            n = k + step
            if not 0 <= n < len(toks):
                continue
            a0, a1 = sorted((toks[n][1], toks[k][0])) if step < 0 else (toks[k][1], toks[n][0])
            anchor = toks[n][2].lower()
            if not _JOIN_RE.match(src[a0:a1]) or anchor in english.STOP or len(anchor) < 3:
                continue
            for j, (_hs, _he, h) in enumerate(mt):
                slot = j - step
                if not 0 <= slot < len(mt) or not _spelled(h, anchor):
                    continue
                lo, hi = sorted((j, slot))
                if not GAP_RE.fullmatch(text[mt[lo][1] : mt[hi][0]]):
                    continue
                word = mt[slot][2]
                if n == _bounds(src, toks, k)[1] and people_epithet(anchor, [(anchor, h, False)]):
                    break  # सीमांत गांधी: an epithet of a person Hindi writes commonly, translated
                if _kind_head(src, toks, k):
                    break  # केरल उच्च न्यायालय, ट्यूलिप उत्सव: a body's or a day's name, Hindi's to translate
                if _calque(word, low, toks, conventional):
                    found.append((mt[slot][0], mt[slot][1], _run(src, toks, k)))
    out: list[tuple[int, int, str]] = []
    for f in sorted(set(found)):
        if not any(f[0] < e and s < f[1] for s, e, _ in out):
            out.append(f)
    return tuple(out)


def _calque(hindi: str, word: str, toks: list[tuple[int, int, str]], conventional: frozenset[str]) -> bool:
    """The Hindi in the name word's slot is its translation: Hindi of its own, outside the vocabulary
    of translated names, reading as no word of the source and translating none of its other words."""
    plural = any(x != word for x in english.lemmas(word))
    if not _hindi_word(hindi, plural) or stem_key(hindi) in conventional:
        return False
    others = {t[2].lower() for t in toks} - {word}
    if any(spells_word(hindi, o) for o in others if len(o) > 2):
        return False
    return not any(renders(hindi, o) for o in others if o not in english.STOP and len(o) > 2)


def _run(src: str, toks: list[tuple[int, int, str]], k: int) -> str:
    """The capitalised run around token ``k`` as the source writes it (Washington Commanders)."""
    a, b = _bounds(src, toks, k)
    name = src[toks[a][0] : toks[b][1]]
    return name[4:] if name.startswith("The ") else name


def _spelled(hindi: str, word: str) -> bool:
    """The Hindi word spells the English word (its readers, or a romanisation this close)."""
    from audit.lang import phonetic, translit_xlit
    from audit.lang.distance import matching_ratio

    if spells_word(hindi, word):
        return True
    if any(en == word and sim >= READING_SIMILARITY for en, sim, _p in translit_xlit.all_readings(hindi)):
        return True  # (शिकागो: chicago, by the transliterator's table)
    return any(matching_ratio(r, word) >= SPELLED_SIMILARITY for r in phonetic.romanise(hindi))


def _person(src: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """Token ``k`` is in a person's name: its run holds a given name no dictionary knows, a person's
    title or role (Dr, Singer), or the name word is a listed surname after a capitalised word."""
    a, b = _bounds(src, toks, k)
    run = [t[2].lower() for t in toks[a : b + 1]]
    if any(w in PERSON_TITLES or is_role_noun(w) for w in run[:-1]):
        return True
    if is_person(run) and not _wordnet_place(run[: k - a]):
        return True  # (not San Francisco Unicorns: a place WordNet knows opens the run)
    return (
        a < k
        and "surname" in known_latin_names().get(run[k - a], "")
        and "given" in known_latin_names().get(run[k - a - 1], "")
    )


def _bounds(src: str, toks: list[tuple[int, int, str]], k: int) -> tuple[int, int]:
    a = b = k
    while a > 0 and toks[a - 1][2][:1].isupper() and _JOIN_RE.match(src[toks[a - 1][1] : toks[a][0]]):
        a -= 1
    while (
        b + 1 < len(toks)
        and toks[b + 1][2][:1].isupper()
        and _JOIN_RE.match(src[toks[b][1] : toks[b + 1][0]])
    ):
        b += 1
    return a, b


#: WordNet noun files of groups (court, ministry, council, republic), times (festival, day) and acts
#: (fair, carnival): a name headed by such a noun is an institution's or an occasion's, which Hindi
#: translates (मद्रास उच्च न्यायालय, ट्यूलिप उत्सव); teams, venues and brands are named after
#: animals, people, places and things
KIND_FILES = frozenset({"14", "28", "04"})


@lru_cache(maxsize=4096)
def _kind_noun(word: str) -> bool:
    """The word's first WordNet noun sense is a group, a time or an act."""
    from audit.lang import wordnet

    for lemma in english.lemmas(word):
        files = wordnet.sense_files("noun", lemma)
        if files:
            return files[0] in KIND_FILES
    return False


def _kind_head(src: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """The capitalised run of token ``k`` ends in a group, time or act noun (its head)."""
    _a, b = _bounds(src, toks, k)
    return _kind_noun(toks[b][2].lower())


def _wordnet_place(words: list[str]) -> bool:
    """The words, joined, are a place of WordNet (san_francisco: a location first)."""
    from audit.lang import wordnet

    if len(words) < 2:
        return False
    files = wordnet.sense_files("noun", "_".join(words))
    return bool(files) and files[0] == LOCATION


def _framed(src: str, toks: list[tuple[int, int, str]], k: int) -> bool:
    """A sentence's first capitalised word is a name by its frame: a company's noun or 's after
    it, or an act only a firm, a team, a paper or a band performs after its capitalised run
    (Counting Crows played: :mod:`audit.rules.title_frames`). (A made thing's noun is no frame
    here: Handicraft products, Cotton shirts are common nouns opening a sentence.)"""
    _a, b = _bounds(src, toks, k)
    after = src[toks[b][1] :]
    word = toks[k][2].lower()
    nxt = re.match(r"\s+([A-Za-z]+)", src[toks[k][1] :])
    if re.match(r"['’]s\b", src[toks[k][1] :]) or (nxt and nxt.group(1).lower() in ORG_NOUNS):
        return True
    if _OPENING_THE_RE.search(src[: toks[k][0]]) and any(x != word for x in english.lemmas(word)):
        # The Gunners beat Brighton: after an opening The, English capitalises a plural only in a
        # name, people's nouns too (gunners, millers); a team's act follows
        return ORG_ACT_RE.match(after) is not None or _TEAM_ACT_RE.match(after) is not None
    return named_by_frame(word, after)


_OPENING_THE_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)The\s+$")
#: a side's results, after its name (The Lionesses won the title)
_TEAM_ACT_RE = re.compile(r"^\s+(?:(?:have|has|had)\s+)?(?:won|lost|reached|played|drew|beat)\b")


#: the subject's words before ने: at most this many (नन्हे कंगारुओं ने, तीन दिन की कृपा ने)
MAX_SUBJECT_WORDS = 4
_NE = fold("ने")


def _subject_slot(
    text: str,
    mt: list[tuple[int, int, str]],
    src: str,
    toks: list[tuple[int, int, str]],
    k: int,
    conventional: frozenset[str],
) -> tuple[int, int, str] | None:
    """A name that opens the source as the subject of a firm's, a team's or a band's act (The
    Gunners beat Brighton, Counting Crows played in Goa) and is spelled nowhere in the MT: the MT's
    opening words before ने are its rendering; Hindi of its own there is a calque (तोपचियों ने)."""
    a, b = _bounds(src, toks, k)
    while a < k and toks[a][2].lower() in LEADING:
        a += 1  # (The Gunners: the opening The is the sentence's)
    if k != a or not _SENT_START_RE.search(src[: toks[k][0]]) or not _SENT_START_RE.search(text[: mt[0][0]]):
        return None
    run = [t[2].lower() for t in toks[a : b + 1]]
    if any(_spelled(h, w) for w in run for _s, _e, h in mt):
        return None
    m = next((i for i, (_s, _e, h) in enumerate(mt[: MAX_SUBJECT_WORDS + 1]) if fold(h) == _NE), None)
    if not m:
        return None
    if not all(GAP_RE.fullmatch(text[mt[i][1] : mt[i + 1][0]]) for i in range(m)):
        return None
    content = [h for _s, _e, h in mt[:m] if fold(h) not in GLUE]
    plural = run[-1]
    if not content or not all(_calque(h, plural, toks, conventional) for h in content):
        return None
    return (mt[0][0], mt[m - 1][1], _run(src, toks, k))
