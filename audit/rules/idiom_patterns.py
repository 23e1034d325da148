"""HI205's patterns: WordNet's idioms and figurative compounds as Hindi co-occurrence patterns.

Built once per WordNet/dictionary version from WordNet (Debian ``wordnet``, WordNet licence) and
the English–Hindi dictionary (FreeDict, GPL, read at run time: the patterns are kept in the user's
cache folder only, never in the repository). :mod:`audit.rules.idiom_dict` matches them in Hindi
and holds the rule; the lists of what counts as an idiom are there, in its docstring.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.core.data import data_text
from audit.core.derived import derived_object, fingerprint
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual.idioms import established, glossary_hindi, own_idioms
from audit.rules.names import spelling_key

WORDNET_DIR = wordnet.WORDNET_DIR
_POS_FILES = ("noun", "verb", "adj", "adv")
#: English words that carry no image of their own in an idiom
STOP_EN = frozenset(
    """a an the of in on at to for from by with into onto out up off down over under about around
    through one one's someone someone's something it its his her their your my our oneself
    and or be is are was get got make take have has go goes come put give do did let keep set
    all no not as like than very more most""".split()
)
#: Hindi light verbs and function words: never the evidence of a slot
STOP_HI = frozenset(
    spelling_key(w)
    for w in """करना होना देना लेना जाना आना रखना पाना लगना डालना बनाना बनना कर हो दे ले जा आ रख पा लग
    का की के को में से पर ने तक और या एक यह वह कि जो भी ही तो है हैं था थे थी साथ लिए द्वारा वाला
    कोई कुछ अपना अपनी अपने बहुत अधिक""".split()
)
#: an idiom has a phrasal frame — an article, a preposition or a possessive (kick *the* bucket,
#: piece *of* cake, *in* a nutshell, lion*'s* share); bare compounds are left out
FRAME_WORDS = frozenset("the a an of in on at to out off up down over under around one's someone's".split())
MAX_RANK = 1
#: a Hindi word this frequent (wordfreq Zipf) is no evidence for an idiom slot
MAX_SLOT_ZIPF = 5.4
#: and one slot at least must offer a word rarer than this, and one matched word must be one
DISTINCT_ZIPF = 4.0
MAX_SENSES = 4  # Hindi alternatives per English word

_CACHE_VERSION = 15


@dataclass(frozen=True)
class Pattern:
    english: str  # the WordNet lemma, spaces for underscores
    slots: tuple[frozenset[str], ...]  # per content word: Hindi keys (noun forms, verb stems)
    gloss: str
    sense: str = ""  # the Hindi of its meaning (this project's own idiom list): the suggestion
    verb_first: bool = False  # a WordNet verb lemma: its first slot is the verb (*kick* the bucket)
    place: bool = False  # a compound that names a place (*Green Bay*, *Ivory Coast*): a name calqued
    person: bool = False  # a compound that names a kind of person (*wet blanket*, *lame duck*)


def _wordnet_files() -> list[Path]:
    return [WORDNET_DIR / f"{kind}.{pos}" for pos in _POS_FILES for kind in ("index", "data")]


def _content(word: str) -> bool:
    return word not in STOP_EN and word.isalpha() and len(word) > 1


_record = wordnet.synset  # (lemmas, hypernym offsets, definition): audit/lang/wordnet.py


def _mentions(words: list[str], text: str) -> bool:
    """True when any of ``words`` occurs in ``text`` (inside a longer word for 4+ letters)."""
    tokens = set(re.findall(r"[a-z]+", text))
    return any((w[:4] in text) if len(w) >= 4 else (w in tokens) for w in words)


def _read_wordnet() -> list[tuple[str, str, str]]:
    """(lemma, definition, pos) of every multiword lemma none of whose senses is compositional.

    A sense is compositional when its definition uses one of the lemma's content words, or a
    hypernym (two levels up) or a synonym in the synset does (*absolute majority* is a kind of
    *majority*; the racehorse sense of *dark horse* is a kind of *horse*)."""
    out: list[tuple[str, str, str]] = []
    for pos in _POS_FILES:
        data = wordnet.data_bytes(pos)
        for f in wordnet.index_fields(pos):
            if "_" not in f[0]:
                continue
            lemma, n_syn = f[0], int(f[2])
            words = re.split(r"[_-]", lemma.lower())
            content = [w for w in words if _content(w)]
            if len(content) < 2 or any(ch.isdigit() for ch in lemma):
                continue
            if not (set(words) & FRAME_WORDS or any(w.endswith("'s") for w in words)):
                continue  # a bare compound (cold water, morning prayer) is usually literal
            offsets = [int(off) for off in f[-n_syn:]]
            if not _compositional(data, lemma, content, offsets):
                out.append((lemma.replace("_", " "), _record(data, offsets[0])[2].strip(), pos))
    return out


def _compositional(data: bytes, lemma: str, content: list[str], offsets: list[int]) -> bool:
    """Whether a sense of ``lemma`` is built from its words: its definition, a synonym or a
    hypernym two levels up uses one of its content words."""
    for off in offsets:
        lemmas, hyper, definition = _record(data, off)
        related = " ".join(x for x in lemmas if x != lemma.lower())
        for h in hyper:
            h_lemmas, h2, _h_def = _record(data, h)
            related += " " + " ".join(h_lemmas)
            for h2off in h2:
                related += " " + " ".join(_record(data, h2off)[0])
        if _mentions(content, definition) or _mentions(content, related.replace("_", " ")):
            return True
    return False


def compositional(english: str) -> bool:
    """Whether WordNet reads the multiword lemma ``english`` (spaces) compositionally in one of
    its parts of speech (*piece of ground* is a *piece of land*): its literal Hindi is plain Hindi."""
    if not wordnet.available():
        return False
    lemma = english.lower().replace(" ", "_")
    content = [w for w in re.split(r"[_-]", lemma) if _content(w)]
    for pos in _POS_FILES:
        offsets = (wordnet.index(pos) or {}).get(lemma)
        if offsets and _compositional(wordnet.data_bytes(pos), lemma, content, list(offsets)):
            return True
    return False


def _slot(word: str, pos: str = "") -> frozenset[str]:
    """Hindi keys for one English content word (singular/base forms tried too); ``pos`` "n" or
    "v" keeps the translations of that part of speech only (one's *chips* is no verb: टूटा)."""
    d = engdict.dictionary()
    forms = [word]
    for suf in ("s", "es", "ed", "ing"):
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            forms.append(word[: -len(suf)])
    keys: list[str] = []
    # the dictionary's first senses, and the plain Hindi MT uses for an idiom's concrete words
    # (this project's glossary: पिंजरा, गलीचा, where FreeDict has none or another)
    glossed = [hindi for g_pos, hindi in glossary_hindi(word) if not pos or g_pos == pos]
    wanted = (pos.upper(),) if pos else ()
    senses = [t for form in forms for t in d.translations(form, max_rank=MAX_RANK, pos=wanted)[:MAX_SENSES]]
    for tr in senses + glossed:
        words = [w for w in re.split(r"[\s\-]+", re.sub(r"\[[^\]]*\]?", " ", tr)) if w]
        if not words or len(words) > 3:
            continue
        for w in words:
            key = spelling_key(w)
            if key in STOP_HI or len(key) < 2 or res.zipf_hi(w) >= MAX_SLOT_ZIPF:
                continue  # a light verb, or too common to be evidence (स्थान, बार)
            keys.append(key)
            if key.endswith("ना") and len(key) > 3:
                keys.append(key[:-2])  # verb stem: लात मारना → मार
    return frozenset(keys)


#: words after which an idiom's word is a noun (*the* bucket, *one's* chips)
_NOUN_BEFORE = frozenset("a an the one's someone's his her their my your our its".split())


def _slot_pos(words: list[str], word: str, lemma_pos: str) -> str:
    """ "n" for a noun of the idiom (after an article or a possessive, or before *of*), "v" for
    the first word of a verb lemma, "" otherwise."""
    k = words.index(word)
    if lemma_pos == "verb" and k == 0:
        return "v"
    if (k and words[k - 1] in _NOUN_BEFORE) or words[k + 1 : k + 2] == ["of"]:
        return "n"
    return ""


def _distinctive(slots: list[frozenset[str]]) -> bool:
    """At least one slot offers a word that is not common (Zipf < 4.0): the pattern is specific."""
    return any(any(res.zipf_hi(k) < DISTINCT_ZIPF for k in s) for s in slots)


def _build() -> list[Pattern]:
    pats = []
    for lemma, gloss, pos in _read_wordnet():
        words = re.split(r"[ -]", lemma.lower())
        content = [w for w in words if _content(w)]
        # a word's own part of speech where the dictionary has it (one's *chips*: no verb टूटा)
        slots = [_slot(w, _slot_pos(words, w, pos)) or _slot(w) for w in content]
        if len(slots) < 2 or any(not s for s in slots) or not _distinctive(slots):
            continue
        pats.append(Pattern(lemma, tuple(slots), gloss, verb_first=pos == "verb"))
    return pats


#: WordNet lexicographer files of things and terms (noun.Tops, animal, artifact, body, cognition,
#: food, object, phenomenon, plant, quantity, substance): a compound naming one is the thing's
#: name, and its literal Hindi is often the Hindi term (*snow leopard* हिम तेंदुआ, *artificial
#: intelligence* कृत्रिम बुद्धिमत्ता); the rest name people, acts, states, possessions, places …
#: (*wet blanket*, *cold shoulder*, *lame duck*, *gravy train*, *Ivory Coast*)
TERM_FILES = frozenset({"03", "05", "06", "08", "09", "13", "17", "19", "20", "23", "27"})


#: WordNet's lexicographer file of places (noun.location); people's is wordnet.PERSON_FILE
LOCATION_FILE = "15"


def _read_compounds() -> list[tuple[str, str, bool, bool]]:
    """(lemma, definition, names a place, names a person) of WordNet's two-word noun compounds with no frame word
    (*wet blanket*, *cold turkey*, *cash cow*) none of whose senses is compositional, none of which
    names a thing or a term (:data:`TERM_FILES`), and — unless it names a place (*Green Bay*) —
    whose head is a metaphor: no sense of the compound is of a kind (a lexicographer file) of the
    head word's own senses (a *wet blanket* is a person, a blanket an artifact; a *hunger strike*
    is a strike, so its literal Hindi भूख हड़ताल is the Hindi term)."""
    data = wordnet.data_bytes("noun")
    out: list[tuple[str, str, bool, bool]] = []
    for f in wordnet.index_fields("noun"):
        words = f[0].split("_")
        if len(words) != 2 or not all(w.isalpha() and len(w) > 2 for w in words) or set(words) & STOP_EN:
            continue
        offsets = [int(off) for off in f[-int(f[2]) :]]
        if _compositional(data, f[0], words, offsets):
            continue
        files = {wordnet.synset_at("noun", off).lexfile for off in offsets}
        if files & TERM_FILES:
            continue
        place = LOCATION_FILE in files
        if not place and files & set(wordnet.sense_files("noun", words[1])):
            continue  # the head keeps its own kind (*hunger strike* is a strike, *ice age* an age)
        out.append(
            (
                f[0].replace("_", " "),
                _record(data, offsets[0])[2].strip(),
                place,
                wordnet.PERSON_FILE in files,
            )
        )
    return out


def _build_compounds() -> list[Pattern]:
    pats = []
    for lemma, gloss, place, person in _read_compounds():
        first, head = lemma.split()
        slots = [_slot(first), _slot(head, "n") or _slot(head)]
        if all(slots) and _distinctive(slots):
            pats.append(Pattern(lemma, tuple(slots), gloss, place=place, person=person))
    return pats


@lru_cache(maxsize=1)
def compound_patterns() -> tuple[Pattern, ...]:
    """The compound patterns (built once per WordNet/dictionary version, in the cache folder)."""
    if not available():
        return ()
    pats = derived_object(
        "idiom-compounds", _cache_key(), _build_compounds, accept=lambda o: isinstance(o, list)
    )
    skip = skiplist() | established()
    return tuple(p for p in pats if p.english not in skip)


def _cache_key() -> str:
    """The patterns follow the package (its code and its idiom list and glossary, through
    :func:`fingerprint`), the WordNet files and the dictionary's index."""
    index = engdict._index_path()
    dict_stamp = engdict.cache_key(index) if index is not None else "none"
    return f"{_CACHE_VERSION}-{fingerprint(*_wordnet_files()[:2])}-{dict_stamp}"


def available() -> bool:
    return engdict.available() and wordnet.available()


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    """All idiom patterns (built once per WordNet/dictionary version and kept in the cache folder)."""
    if not available():
        return ()
    pats = derived_object("idioms", _cache_key(), _build, accept=lambda obj: isinstance(obj, list))
    # an idiom our own list marks literal-prone (tighten one's belt: बेल्ट कसी) stays silent here too,
    # and so does one whose literal Hindi is Hindi's own idiom (pull someone's leg: टांग खींचना)
    skip = skiplist() | {i.text for i in own_idioms() if i.literal_prone} | established()
    same = {image_words(e) for e in established()}  # pull the leg of = pull someone's leg
    return tuple(p for p in pats if p.english not in skip and image_words(p.english) not in same)


def image_words(english: str) -> frozenset[str]:
    """The content words of an idiom, whatever its frame (pull *the* leg *of*, pull *someone's* leg)."""
    return frozenset(w.removesuffix("'s") for w in english.split() if w.removesuffix("'s") not in STOP_EN)


@lru_cache(maxsize=1)
def skiplist() -> frozenset[str]:
    text = data_text("idiom_dict_skip.txt")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))
