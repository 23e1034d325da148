"""HI207's Hindi-only read-back: a Hindi phrase whose words translate, one by one, the words of an
English proper name (हरी खाड़ी → Green Bay, समय चौक → Times Square, मुक्ति सेना → Salvation Army,
अच्छे शुक्रवार → Good Friday), where Hindi keeps the name transliterated (ग्रीन बे, टाइम्स स्क्वायर).

The names are WordNet's capitalised multiword nouns (``data/wordnet_proper_names.tsv``: places,
buildings, organisations, holidays, natural features; people, plants and animals are left out).
Each Hindi word is read back to English through the English→Hindi dictionary (FreeDict, read at
run time; the title word table too); a run of adjacent MT words that renders every word of a name
— translated or transliterated, in either order, with के/का/की or वाला between (अच्छी आशा के
अंतरीप for the Cape of Good Hope) — is a word-for-word rendering.

Many such renderings are the Hindi name (लाल सागर, मध्य पूर्व, सर्वोच्च न्यायालय, उत्तरी ध्रुव).
The gate is the one of the source path (:mod:`title_source`): one rendered word must be an
everyday word outside the vocabulary Hindi uses in translated names (``[names] conventional``
of the title inventory). Hindi translates the names of seas, regions, institutions and eras but
transliterates those of cities, states, countries, buildings and bridges and of weekday holidays
(Good Friday): for those (:data:`TRANSLITERATED_KINDS`), a colour, शाही, चौक or द्वार counts as
everyday too, and only compass words, ``new``, ``great``, ``holy`` and geographic heads
(:data:`NAME_WORDS`) do not (नई दिल्ली, उत्तर कोरिया, पवित्र भूमि stay silent).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress

from audit.core.data import data_text
from audit.lang import engdict
from audit.lang.bilingual import english
from audit.lang.bilingual.hindi import fold, is_stop, stem_key
from audit.lang.frequency import zipf_hi
from audit.lang.function_words import HINDI_GENITIVES
from audit.lang.resources import vocabulary_memo
from audit.lang.segment_words import word_of
from audit.rules.title_source import GLUE_WORDS, joined_words, walk_rendering
from audit.rules.title_words import base_forms, extra_renders, gloss_tables, nasal_key, spells_word

#: hypernyms (first word of WordNet's) whose names Hindi transliterates: cities, states,
#: countries, buildings, bridges, streets, stadiums
TRANSLITERATED_KINDS = re.compile(
    r"\b(?:city|town|port|state|country|capital|borough|village|county|district|neighborhood|"
    r"resort|suburb|bridge|building|skyscraper|tower|stadium|theater|hall|street|square|park|"
    r"station|airport|gate|palace|house|hotel|museum|university|college|team|club)\b"
)
#: the Hindi that stays right in such names: compass words, new, great, holy, united and the
#: geographic heads Hindi translates (मेक्सिको शहर, वर्जिन द्वीप, हडसन नदी)
NAME_WORDS = frozenset(
    stem_key(w)
    for w in """पूर्व पश्चिम उत्तर दक्षिण पूर्वी पश्चिमी उत्तरी दक्षिणी मध्य सुदूर नया नई नए नव
    पवित्र संयुक्त राष्ट्रीय संसद सरकार सचिवालय शहर नगर नगरी द्वीप द्वीपसमूह झील नदी पर्वत पहाड़ घाटी खाड़ी तट सागर
    महासागर राज्य प्रदेश गणराज्य देश क्षेत्र ज़िला जिला प्रांत भूमि ध्रुव पट्टी""".split()
)
#: conventional words of translated names that are everyday words in the names Hindi
#: transliterates: colours, golden, royal, great, central (हरी खाड़ी, शाही अल्बर्ट हॉल, महान ब्रिटेन)
DESCRIPTIVE = frozenset(
    stem_key(w) for w in "लाल काला काली काले सफेद सफ़ेद पीला नीला हरा हरी हरे स्वर्ण शाही महान केंद्रीय साम्राज्य".split()
)
#: how Hindi writes the names of a kind: transliterated (cities, buildings: only NAME_WORDS are
#: right in them), named (organisations, other places and buildings: the conventional vocabulary
#: but DESCRIPTIVE words; रॉयल सोसाइटी, व्हाइट हाउस), translated (seas, mountains, eras,
#: events: the conventional vocabulary; काला सागर, औद्योगिक क्रांति)
TRANSLITERATED, NAMED, TRANSLATED = 0, 1, 2
NAMED_CLASSES = frozenset({"location", "artifact", "group", "communication"})
#: weekdays: holidays named after one (Good Friday, Super Tuesday) keep the English name
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
MAX_WORDS = 4
#: particles of names in other languages (Tour de France, Rio de la Plata, Los Alamos)
FOREIGN_PARTICLES = frozenset("de la le du del des von van y el los las san santa sao rio".split())
#: a Hindi word reads back to the English of its first senses only (सरकार → government, state)
MAX_RANK = 2
#: a transliterated word of the name is this rare in Hindi text (डेविड 4.1, not भर 5.6)
SPELLED_MAX_ZIPF = 4.5
#: a name is not counted or pointed at: after one of these the phrase is a common noun (एक सफ़ेद
#: घर, कई छोटी कटोरियां)
DETERMINERS = frozenset(
    fold(w)
    for w in "एक कई कोई किसी हर प्रत्येक यह वह ये वे इस उस इन उन इसी उसी अपना अपने अपनी मेरा मेरे मेरी हमारा हमारे हमारी ऐसा ऐसे ऐसी".split()
)


@dataclass(frozen=True)
class Name:
    english: str  # as WordNet writes it (Salt Lake City)
    words: tuple[str, ...]  # its content words, lower case
    keys: tuple[frozenset[str], ...]  # stem keys of each word's one-word Hindi (its first senses)
    tier: int  # how Hindi writes names of its kind: TRANSLITERATED, NAMED or TRANSLATED
    head: int  # the word the name is a kind of (City of Salt Lake City, Cape of the Cape of Good Hope)
    tail: frozenset[int]  # the words after "of" (Pisa of the Leaning Tower of Pisa)


@dataclass(frozen=True)
class Tables:
    names: tuple[Name, ...]
    #: stem key of an everyday Hindi word → (name, its word) it translates, not the name's head
    triggers: dict[str, tuple[tuple[int, int], ...]]
    #: the same for two-word names, by the stem key of the other word's Hindi too
    pairs: dict[str, dict[str, tuple[tuple[int, int], ...]]]
    #: the triggers of names of three words or more
    long: dict[str, tuple[tuple[int, int], ...]]


@lru_cache(maxsize=1)
def tables() -> Tables:
    """The names and their indexes, built once per dictionary version and kept in the cache folder
    (:func:`audit.core.derived.derived_object`): a few milliseconds to read back."""
    from audit.core.derived import derived_object, fingerprint

    index = engdict._index_path()
    stamp = engdict.cache_key(index) if index is not None else "none"
    return derived_object(
        "title-readback", f"{fingerprint()}-{stamp}", _build, accept=lambda obj: isinstance(obj, Tables)
    )


def names() -> tuple[Name, ...]:
    return tables().names


def _build() -> Tables:
    """The :class:`Tables` from ``wordnet_proper_names.tsv`` and the dictionary."""
    from audit.rules.title_source import SKIP

    out: list[list] = []
    triggers: dict[str, list[list[int]]] = {}
    pairs: dict[str, dict[str, list[list[int]]]] = {}
    for line in data_text("wordnet_proper_names.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        name, cls, kind = (line.split("\t") + ["", ""])[:3]
        raw = [w for w in re.split(r"[\s\-]+", name.lower().replace("'s", "")) if w]
        if FOREIGN_PARTICLES.intersection(raw):
            continue  # a French or Spanish name (Tour de France): no English words to calque
        ws = [w for w in raw if w not in SKIP]
        if not 2 <= len(ws) <= MAX_WORDS:
            continue
        before, of, _after = " ".join(raw).partition(" of ")
        head = len([w for w in before.split() if w not in SKIP]) - 1
        tail = list(range(head + 1, len(ws))) if of else []
        if (cls in {"location", "artifact"} and TRANSLITERATED_KINDS.search(kind)) or (
            cls == "time" and ws[-1] in WEEKDAYS
        ):
            tier = TRANSLITERATED
        elif cls in NAMED_CLASSES:
            tier = NAMED
        else:
            tier = TRANSLATED
        keys = [sorted(_forward(w)) for w in ws]
        n = len(out)
        for k, ks in enumerate(keys):
            if k == head:
                continue
            for key in ks:
                if key in _allowed(tier):
                    continue
                triggers.setdefault(key, []).append([n, k])
                if len(ws) == 2:
                    for key2 in keys[1 - k]:
                        pairs.setdefault(key, {}).setdefault(key2, []).append([n, k])
        out.append([name, ws, keys, tier, head, tail])
    items = tuple(
        Name(e, tuple(ws), tuple(frozenset(k) for k in keys), tier, head, frozenset(tail))
        for e, ws, keys, tier, head, tail in out
    )
    trig = {k: tuple((n, w) for n, w in v) for k, v in triggers.items()}
    long = {k: tuple(nk for nk in v if len(items[nk[0]].words) > 2) for k, v in trig.items()}
    return Tables(
        items,
        trig,
        {k: {k2: tuple((n, w) for n, w in v2) for k2, v2 in v.items()} for k, v in pairs.items()},
        {k: v for k, v in long.items() if v},
    )


def _forward(word: str) -> frozenset[str]:
    """Stem keys of the one-word Hindi of an English word's first senses (every lemma, the plural's
    singular) and of the title word table."""
    table, _ = gloss_tables()
    out: set[str] = set()
    if not engdict.available():
        return frozenset()
    d = engdict.dictionary()
    for lemma in set(english.lemmas(word)) | _name_lemmas(word):
        out |= table.get(lemma, set()) | extra_renders().get(lemma, set())
        out |= {_key(s.hindi) for s in d.senses.get(lemma, ()) if s.rank <= MAX_RANK and " " not in s.hindi}
    return frozenset(out)


def _key(hindi: str) -> str:
    """Stem key with a nasal consonant before a consonant written as anusvara (:func:`nasal_key`)."""
    return nasal_key(hindi)


def _name_lemmas(word: str) -> set[str]:
    """The word and its singular (Springs, Counties, Hills): dictionary headwords are singular."""
    out = {word}
    if word.endswith("ies") and len(word) > 4:
        out.add(word[:-3] + "y")
    elif word.endswith("es") and len(word) > 4:
        out |= {word[:-2], word[:-1]}
    elif word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        out.add(word[:-1])
    return out


@vocabulary_memo("title-readback-spellable-v1", key=engdict.stamp)  # a first sight reads the dictionary
def _spellable(hindi: str) -> bool:
    """The Hindi word may spell an English name: no Hindi word of the dictionary, not common in
    Hindi text (भार is not bear, भर not bearer, महसूस not mass)."""
    if is_stop(hindi) or zipf_hi(hindi) >= SPELLED_MAX_ZIPF:
        return False
    d = engdict.dictionary()
    return not any(d.translates_as_word(f) for f in base_forms(hindi))


@lru_cache(maxsize=65536)
def _spells_c(hindi: str, word: str) -> bool:
    """The Hindi word spells the English word (any lemma), common or not (रिपब्लिकन, पार्टी)."""
    return spells_word(hindi, word)


@lru_cache(maxsize=65536)
def _spelled(hindi: str, word: str) -> bool:
    """The Hindi word spells the English word and may be a name (:func:`_spellable`)."""
    return _spellable(hindi) and spells_word(hindi, word)


def _walk(
    text: str, mt: list[tuple[int, int, str]], keys: list[str], s: int, name: Name
) -> tuple[int, list[tuple[int, str, bool]]] | None:
    """Every word of ``name`` rendered by adjacent MT words from ``s`` (glue words between):
    (index of the last MT word, [(name word, Hindi, translated)]), else None. A word renders a name
    word when its stem key is one of the word's read-back keys, or when it spells the word out."""
    return walk_rendering(
        text,
        mt,
        s,
        len(name.words),
        lambda j, k: keys[j] in name.keys[k],
        lambda j, k: _spells_c(mt[j][2], name.words[k]),
        lambda j, k: _spelled(mt[j][2], name.words[k]),
        skip=_no_name_word,
    )


def _no_name_word(hindi: str) -> bool:
    """A function word or a determiner renders no word of a name (हर पार्टी: every party)."""
    return is_stop(hindi) or fold(hindi) in DETERMINERS


def _everyday(name: Name, got: list[tuple[int, str, bool]]) -> bool:
    """One translated word other than the name's head is wrong in the name: outside the
    conventional vocabulary of translated names, or, for a kind of name Hindi transliterates,
    outside :data:`NAME_WORDS`. A name whose "of" part is a transliterated name is a Hindi
    description (पीसा की झुकी मीनार, चीन की महान दीवार): not counted."""
    if any(k in name.tail and not tr for k, _h, tr in got):
        return False
    return any(tr and k != name.head and stem_key(h) not in _allowed(name.tier) for k, h, tr in got)


@lru_cache(maxsize=3)
def _allowed(tier: int) -> frozenset[str]:
    """Stem keys of the Hindi that is right inside a translated name of the tier."""
    if tier == TRANSLITERATED:
        return NAME_WORDS
    _, conventional = gloss_tables()
    return (conventional - DESCRIPTIVE if tier == NAMED else conventional) | NAME_WORDS


@lru_cache(maxsize=65536)
def _spelled_partners(key: str, hindi: str) -> tuple[tuple[int, int], ...]:
    """The two-word names triggered by ``key`` whose other word the Hindi word spells (डेविड शिविर)."""
    t = tables()
    return tuple(
        (n, k)
        for n, k in t.triggers.get(key, ())
        if len(t.names[n].words) == 2 and _spelled(hindi, t.names[n].words[1 - k])
    )


def _after_genitive(mt: list[tuple[int, int, str]], s: int) -> bool:
    """The phrase follows "X का/की/के" with X a content word (the place it belongs to)."""
    return s >= 2 and fold(mt[s - 1][2]) in HINDI_GENITIVES and not is_stop(mt[s - 2][2])


def in_source(name: str, src: str) -> bool:
    """The source writes the name as a name (its words capitalised as WordNet writes them, in
    order, "of the" and 's allowed): not the red cross on a map."""
    ws = [w for w in re.split(r"[\s\-]+", name) if w]
    pat = r"[\s\-]+(?:(?:of|the|de)\s+)*".join(re.escape(w) + r"(?:'?s)?" for w in ws)
    return re.search(r"(?<![\w-])" + pat + r"(?![\w-])", src) is not None


#: auxiliaries of a compound verb: the word before one is a verb's stem (गिर गई, बना दिया)
_AUXILIARIES = frozenset(
    fold(w)
    for w in """गया गई गए गयी गये जाता जाती जाते जाएगा जाएगी जाएंगे दिया दी दिए दिये देता देती देते
    रहा रही रहे चुका चुकी चुके सकता सकती सकते पड़ा पड़ी पड़े लिया ली लिए बैठा बैठी बैठे उठा उठी उठे""".split()
)


@lru_cache(maxsize=65536)
def _verb_stem(hindi: str) -> bool:
    """The word with ना is a verb of the dictionary (गिर → गिरना, fall)."""
    return engdict.translated_as(hindi + "ना", "V")


def _predicate_order(
    mt: list[tuple[int, int, str]], s: int, m: tuple[int, list[tuple[int, str, bool]]]
) -> bool:
    """Two name words rendered side by side in the reverse of the English order, no glue between:
    Hindi puts an attribute before its noun, so a noun then its modifier is a clause — the noun and
    what is said of it (सड़क तेज़ी से मुड़ती: Fleet Street; सरकार मुफ्त अनाज: Free State; गला खराब
    है) —, not a name; a reversed name is glued (अच्छी आशा के अंतरीप) or puts a transliterated
    name before its translated head, as Hindi does (डेविड शिविर: Camp David)."""
    last, got = m
    rendered = [j for j in range(s, last + 1) if mt[j][2] not in GLUE_WORDS]
    if len(rendered) != len(got):
        return False
    return any(
        got[n][0] > got[n + 1][0] and rendered[n + 1] == rendered[n] + 1 and got[n][2] and got[n + 1][2]
        for n in range(len(got) - 1)
    )


@lru_cache(maxsize=16384)
def _long_names(key: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """(name, its word, the keys of its other words) of the names of three words or more that
    ``key`` triggers: the sentence must hold one of those keys (one set test per name)."""
    t = tables()
    return tuple(
        (n, k, frozenset().union(*(t.names[n].keys[k2] for k2 in range(len(t.names[n].words)) if k2 != k)))
        for n, k in t.long.get(key, ())
    )


@lru_cache(maxsize=1)
def _name_keys() -> frozenset[str]:
    """Every stem key any word of any name reads back to."""
    return frozenset().union(*(k for name in tables().names for k in name.keys))


@lru_cache(maxsize=4096)
def readback_calques(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English name) of proper names rendered word for word in ``text`` (NFC)."""
    if not engdict.available():
        return ()
    mt = joined_words(text)  # (समुद्र-तट: one word, the dictionary's समुद्रतट)
    if len(mt) < 2:
        return ()
    t = tables()
    # (per-word memos and set tests asked in C-level passes: ``map`` over the words)
    words = list(map(word_of, mt))
    keys = list(map(nasal_key, words))  # (:func:`_key`, without the call)
    name_keys = _name_keys()
    # (a key no name has reads no name word, nor would "": only the others are asked)
    every = "" in name_keys
    named = range(len(mt) - 1) if every else compress(range(len(mt) - 1), map(name_keys.__contains__, keys))
    for j in list(named):
        if fold(mt[j + 1][2]) in _AUXILIARIES and _verb_stem(mt[j][2]):
            keys[j] = ""  # a verb's stem before its auxiliary (सरकार गिर गई): no name word
    glue = list(map(GLUE_WORDS.__contains__, words))
    # whether word j may be a transliteration: :func:`_spellable`, a memo, asked where needed
    found: list[tuple[int, int, str]] = []
    tried: set[tuple[int, int]] = set()
    present = frozenset(keys)  # a longer name's other word must be one of these (a C-level pre-test)
    triggers = t.triggers
    for j in list(
        compress(range(len(keys)), map(triggers.__contains__, keys))
    ):  # (the words that trigger a name)
        if is_stop(words[j]) or fold(words[j]) in DETERMINERS:
            continue  # (हर: every, not हरा: green)
        # a two-word name's other word: next to it, or one glue word away
        beside = [
            j2
            for j2, between in ((j - 1, j), (j + 1, j), (j - 2, j - 1), (j + 2, j + 1))
            if 0 <= j2 < len(mt) and (between == j or glue[between])
        ]
        cands: set[tuple[int, int]] = set()
        sub = t.pairs.get(keys[j])
        if sub:
            for j2 in beside:
                cands.update(sub.get(keys[j2], ()))
        spell = [j2 for j2 in beside if _spellable(words[j2])]
        for j2 in spell:
            cands.update(_spelled_partners(keys[j], mt[j2][2]))
        for n, k, others in _long_names(keys[j]):
            if present.isdisjoint(others):
                continue  # no other word of the name anywhere in the sentence (the test below, cheaper)
            name = t.names[n]
            near = range(max(0, j - 2 * len(name.words) + 2), min(len(mt), j + 2 * len(name.words) - 1))
            if not any(
                keys[j2] in name.keys[k2]
                for j2 in near
                if j2 != j
                for k2 in range(len(name.words))
                if k2 != k
            ):
                continue  # a longer name needs a second translated word (नमक झील शहर)
            if all(
                any(
                    j2 != j and (keys[j2] in name.keys[k2] or _spelled(words[j2], name.words[k2]))
                    for j2 in near
                )
                for k2 in range(len(name.words))
                if k2 != k
            ):
                cands.add((n, k))
        for n, k in cands:
            name = t.names[n]
            if _spells_c(mt[j][2], name.words[k]):
                continue  # a transliteration (रिपब्लिकन पार्टी), not the everyday word
            for s in range(max(0, j - 2 * len(name.words) + 2), j + 1):
                if (n, s) in tried:
                    continue
                tried.add((n, s))
                if s and fold(mt[s - 1][2]) in DETERMINERS:
                    continue
                if name.tier != TRANSLITERATED and _after_genitive(mt, s):
                    continue  # चीन की महान दीवार, पीसा की झुकी मीनार: a Hindi description
                m = _walk(text, mt, keys, s, name)
                if m is not None and _everyday(name, m[1]) and not _predicate_order(mt, s, m):
                    found.append((mt[s][0], mt[m[0]][1], name.english))
    out: list[tuple[int, int, str]] = []
    for f in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if not any(f[0] < e and s < f[1] for s, e, _n in out):
            out.append(f)
    return tuple(sorted(out))
