"""Which Devanagari words spell out which English words of a source sentence (transcription
evidence for the transliteration rules: with the source, the English word is known instead of
guessed from an English word list)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from audit.lang import resources as res
from audit.lang.bilingual import english as E
from audit.lang.distance import char_positions, common_chars, edit_distance, matching_ratio
from audit.lang.frequency import zipf_en

#: a Devanagari word spells a source word when their consonant skeletons are this close (1 − edit
#: distance / length) and one romanisation of it this close to the English spelling (difflib)
SRC_KEY_SIMILARITY = 0.75
SRC_SPELLING_SIMILARITY = 0.7
SRC_SPELLING_SIMILARITY_SAME_KEY = 0.45
SENT_START = re.compile(r"(?:^|[.!?:;\"“(]\s*)$")
#: English spelling → sound, for the spellings :func:`audit.lang.resources.en_keys` reads by letter:
#: each rule (pattern, replacement, a substring every match contains: a string without it is
#: left alone without running the pattern) gives one more spelling of the word as Hindi hears it (weather → वेदर, desert →
#: डेजर्ट, education → एजुकेशन, situation → सिचुएशन, question → क्वेश्चन, decision → डिसीजन,
#: permission → परमिशन, social → सोशल, knowledge → नॉलेज, crowd → क्राउड, language → लैंग्वेज,
#: state → स्टेट, price → प्राइस, resign → रिज़ाइन, announce → अनाउंस, judgment → जजमेंट)
_SOUND_RULES: tuple[tuple[re.Pattern[str], str, str], ...] = tuple(
    (re.compile(p), r, lit)
    for p, r, lit in (
        (r"th", "d", "th"),  # voiced th: weather, other (वेदर, अदर)
        (r"w(?=[aeiouy])", "v", "w"),  # winter, world (व)
        (r"dge(?=s?$)|dg(?=e?ment)", "j", "dg"),  # bridge, knowledge, judgment
        (r"eign$", "en", "eign"),  # foreign, sovereign (silent g)
        (r"ign$", "ain", "ign"),  # resign, design, sign (silent g)
        (r"a(?=[bcdfgklmnprstvz]e$)", "e", "a"),  # magic e: state, rate, debate (स्टेट, रेट)
        (r"i(?=[bcdfgklmnprstvz]e$)", "ai", "i"),  # magic e: price, crime, wife (प्राइस, क्राइम)
        (r"ou(?=n)", "au", "oun"),  # announce, count, ground (अनाउंस, काउंट)
        (r"ou(?=se?s?$)", "au", "ous"),  # house, mouse, spouse (हाउस)
        (r"(?<=l)di(?=er)", "j", "ldier"),  # soldier (सोल्जर)
        (r"^e(?=[bcdfgklmnprstvz][aeiouy])", "i", "e"),  # economy, election, effect (इकॉनमी, इलेक्शन)
        (r"ea(?=[dlvt])", "e", "ea"),  # weather, health, bread, dead (वेदर, हेल्थ)
        (r"age$", "ej", "age"),  # village, package
        (r"oo(?=d$)", "a", "ood"),  # flood, blood (फ्लड)
        (r"oo", "u", "oo"),  # school, food
        (r"(?<=[aeiouy])s(?=[aeiouy])", "z", "s"),  # desert, prisoner, president
        (r"(?<=[aeiouy])s$", "z", "s"),  # employees
        (r"(?<=[aeiou])sion", "zhan", "sion"),  # decision, television
        (r"ssion", "shan", "ssion"),  # permission, mission
        (r"stion", "shchan", "stion"),  # question, suggestion
        (r"du", "ju", "du"),  # education, schedule
        (r"tu(?=[aeiou])", "chu", "tu"),  # situation, actual
        (r"ci(?=[aou])|ti(?=[aou])", "sh", "i"),  # social, special, initial
        (r"ow(?=[^aeiouy]|$)", "o", "ow"),  # knowledge, crowd, town
        (r"(?<=n)gu(?=a)", "gw", "ngua"),  # language
        (r"^isl", "il", "isl"),  # island, isle
        (r"ss?ure", "shar", "sure"),  # pressure, measure
        (r"ture", "char", "ture"),  # future, culture
        (r"cc(?=[eiy])", "ks", "cc"),  # success, accept
        (r"c(?=[eiy])", "s", "c"),  # price, peace
        (r"ck|c(?=[^eiyh]|$)", "k", "c"),  # crowd, economy
        (r"ea", "ee", "ea"),  # peace, leader, speech
        (r"y$", "i", "y"),  # enemy, economy, history
        (r"(?<![aeiou])u(?=[bcdfgklmnpstvz]{2})", "a", "u"),  # fund, hunt, public (फंड, पब्लिक)
    )
)
#: the dental stops: Devanagari spells English t/d with the retroflex ट/ड, and only *th* with these
_DENTAL = re.compile("[\u0924-\u0927]")
#: letters of Hindi words only (ड़ ढ़ as letter + nukta or precomposed, ण ञ ङ ऋ ृ)
_NATIVE = re.compile("[\u0921\u0922]\u093c|[\u095c\u095d\u0923\u091e\u0919\u090b\u0943]")
#: applied only after all of the above (alone it would expose a soft c: peac)
_SILENT_E = re.compile(r"(?<=[^aeiou])e$")  # peace, price


def native_letters(word: str) -> bool:
    """``word`` has letters only Hindi words have (ड़ ढ़ ण ञ ङ ऋ ृ): no English word spelled out."""
    return bool(_NATIVE.search(word))


def source_words(src: str) -> tuple[str, ...]:
    """Ordinary English words of the source, lower case: content words written in lower case, and a
    capitalised sentence-initial word that is a common English word (not names or acronyms)."""
    out: dict[str, None] = {}
    toks = E.tokens(src)
    for k, (s, e, t) in enumerate(toks):
        if not E.is_content(t) or not t.isalpha():
            continue
        if src[s - 1 : s] == "-" or src[e : e + 1] == "-":
            if any(src[a - 1 : a] == "-" or src[b : b + 1] == "-" for a, b, u in toks if u[:1].isupper()):
                continue  # a syllable of a hyphenated name (Ban Ki-moon, Sun Yat-sen)
        if t.islower():
            out.setdefault(t, None)
        elif t[1:].islower() and SENT_START.search(src[:s]) and zipf_en(t.lower()) >= 4.0:
            if k + 1 < len(toks) and toks[k + 1][2][:1].isupper() and src[e : toks[k + 1][0]] == " ":
                continue  # the first word of a name or title (Big Ben, White House)
            out.setdefault(t.lower(), None)
    return tuple(out)


@lru_cache(maxsize=20_000)
def sound_spellings(english: str) -> tuple[str, ...]:
    """``english`` and its spellings by sound (:data:`_SOUND_RULES`, each alone and all together);
    a word of the English word list is read from a per-machine table (:func:`_vocabulary_sounds`)."""
    known = _vocabulary_sounds().get(english)
    return known[0] if known is not None else _sound_spellings(english)


@lru_cache(maxsize=20_000)
def sound_keys(english: str) -> tuple[str, ...]:
    """Consonant skeletons (:func:`audit.lang.resources.en_keys`) of every sound spelling; a word of
    the English word list is read from a per-machine table (:func:`_vocabulary_sounds`)."""
    known = _vocabulary_sounds().get(english)
    return known[1] if known is not None else _sound_keys(english)


@lru_cache(maxsize=1)
def _vocabulary_sounds() -> Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """(:func:`sound_spellings`, :func:`sound_keys`) of every word of the English word list
    (:func:`audit.lang.resources.english_vocabulary_table`): most English words a Hindi word is
    compared with are its look-alikes from that list, and working out their keys (~30 µs a word:
    the sound rules, then a skeleton of each spelling) was the larger part of :func:`spells`'
    first sight of a pair."""
    return res.english_vocabulary_table("sounds", lambda w: (_sound_spellings(w), _sound_keys(w)))


def _sound_spellings(english: str) -> tuple[str, ...]:
    out = [english]
    every = english
    for pattern, rep, lit in _SOUND_RULES:
        if lit in english and pattern.search(english):
            out.append(pattern.sub(rep, english))
        if lit in every:
            every = pattern.sub(rep, every)  # in order: flood → flud → flad
    out.append(_SILENT_E.sub("", every))
    return tuple(dict.fromkeys(out))


def _sound_keys(english: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(k for sp in _sound_spellings(english) for k in res.en_keys(sp)))


def dental_mismatch(word: str, english: str) -> bool:
    """English t and d are written ट and ड; त, थ, द, ध stand for *th* or are Hindi (तीर्थ is not
    *truth*: two dentals, one *th*); the flaps ड़, ढ़ and ण, ञ, ङ, ऋ never spell English (सिकुड़
    is not *secure*)."""
    signs = _dental_signs(word)
    return signs < 0 or signs > english.count("th")


@lru_cache(maxsize=100_000)
def _dental_signs(word: str) -> int:
    """−1 when ``word`` has a letter only Hindi words have, else its number of dental stops (read
    once per word: :func:`dental_mismatch` is asked of each English word it may spell)."""
    return -1 if _NATIVE.search(word) else len(_DENTAL.findall(word))


@lru_cache(maxsize=100_000)
def spells(word: str, english: str) -> float:
    """How closely the Devanagari ``word`` spells the English ``english`` (0 when it does not)."""
    dk = res.dev_key(word)
    if len(dk) < 2:
        return 0.0
    if dental_mismatch(word, english):
        return 0.0
    # the skeletons' similarity 1 − edits / longer length must reach SRC_KEY_SIMILARITY for one
    # sound key; only whether it does, and whether a key is the word's own (similarity 1), is used:
    # the distance stops at the most edits the bar allows (:func:`_most_key_edits`)
    keys = sound_keys(english)
    same_key = dk in keys
    if not same_key and not _keys_close(dk, keys):
        return 0.0
    # English spelling is far from its sound (security ~ "sikyoriti"): the same skeleton needs less
    floor = SRC_SPELLING_SIMILARITY_SAME_KEY if same_key and len(dk) >= 3 else SRC_SPELLING_SIMILARITY
    # the best of difflib's ratios (the same number without its objects); a pair whose length
    # bound (difflib's real_quick_ratio), then whose common characters (quick_ratio), each never
    # below the ratio, reach neither the floor nor the best so far cannot change the answer and
    # is skipped
    sim = -1.0
    roms = res.romanise(word)
    for sp in sound_spellings(english):
        positions = None  # (indexed only for a pair the length bound lets through)
        for r in roms:
            total = len(r) + len(sp)
            bound = 2.0 * min(len(r), len(sp)) / total
            if bound < floor or bound <= sim:
                continue
            if positions is None:
                positions = char_positions(sp)
            bound = 2.0 * common_chars(r, positions) / total
            if bound < floor or bound <= sim:
                continue
            sim = max(sim, matching_ratio(r, sp, positions))
    return sim if sim >= floor else 0.0


def _keys_close(dk: str, keys: tuple[str, ...]) -> bool:
    """``max(1 - edit_distance(dk, k) / max(len(dk), len(k)) for k in keys) >= SRC_KEY_SIMILARITY``,
    each distance stopped at the most edits the bar allows."""
    for k in keys:
        most = _most_key_edits(max(len(dk), len(k)))
        if edit_distance(dk, k, most) <= most:
            return True
    return False


@lru_cache(maxsize=64)
def _most_key_edits(longer: int) -> int:
    """The most edits between two skeletons, the longer of ``longer`` letters, whose similarity
    ``1 - edits / longer`` (computed so, in floats) still reaches :data:`SRC_KEY_SIMILARITY`; −1
    when none does. The similarity falls as the edits rise, so a distance within this bound is
    exactly a similarity at the bar."""
    most = -1
    for edits in range(longer + 1):
        if 1 - edits / longer >= SRC_KEY_SIMILARITY:
            most = edits
    return most


#: English words this common join the index by sound (the everyday words a transliteration stands
#: for, and the rarer ones that compete with them)
SOUND_INDEX_MIN_ZIPF = 3.0


@lru_cache(maxsize=1)
def _sound_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton by sound → the English words that have it *only* by sound (resign ~ rjn,
    opportunity ~ prchnt): what :func:`audit.lang.resources.english_lookalikes`, keyed by letters,
    cannot find. Built once per machine (~1 s) and kept as a derived table."""
    from audit.core.derived import derived, fingerprint

    raw = derived("english-sound-index", fingerprint(), _build_sound_index)
    return {k: tuple(v) for k, v in raw.items()}


def _build_sound_index() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for w in res.english_vocabulary():
        if zipf_en(w) < SOUND_INDEX_MIN_ZIPF:
            continue
        letters = set(res.en_keys(w))
        for k in sound_keys(w):
            if k not in letters:
                out.setdefault(k, []).append(w)
    return out


def sound_lookalikes(word: str) -> tuple[str, ...]:
    """English words the Devanagari ``word`` may spell by sound though not by letters (रिज़ाइन:
    *resign*), their initial and final vowels agreeing with it."""
    cands = _sound_index().get(res.dev_key(word), ())
    return res.vowels_agree(word, cands) if cands else ()


#: English words wordfreq knows this well that the dictionary word list lacks: names, mostly
#: (Greece, Paris, London, David), the readings a Devanagari word may have besides a common word
NAME_MIN_ZIPF = 3.5
_NAME_LIST_SIZE = 60_000


@lru_cache(maxsize=1)
def _name_index() -> dict[str, tuple[str, ...]]:
    """Consonant skeleton (by letters and by sound) → the English names that have it; built once per
    machine and kept as a derived table."""
    from audit.core.derived import derived, fingerprint

    raw = derived("english-name-index", fingerprint(), _build_name_index)
    return {k: tuple(v) for k, v in raw.items()}


def _build_name_index() -> dict[str, list[str]]:
    from wordfreq import top_n_list

    words = set(res.english_vocabulary())
    out: dict[str, list[str]] = {}
    for w in top_n_list("en", _NAME_LIST_SIZE):
        if len(w) < 3 or not w.isalpha() or not w.isascii() or w in words or zipf_en(w) < NAME_MIN_ZIPF:
            continue
        for k in sound_keys(w):
            out.setdefault(k, []).append(w)
    return out


def name_lookalikes(word: str) -> tuple[str, ...]:
    """English names (:data:`NAME_MIN_ZIPF`) the Devanagari ``word`` may spell (ग्रीस: *greece*)."""
    cands = _name_index().get(res.dev_key(word), ())
    return res.vowels_agree(word, cands) if cands else ()
