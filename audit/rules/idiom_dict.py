"""HI205 English idioms rendered word for word, found through WordNet and the dictionary.

The curated lexicon (HI201, ``data/calques.toml``) lists calques one by one. This rule covers
the *class*: every English idiom in WordNet (Debian ``wordnet``, ``/usr/share/wordnet``,
WordNet licence — BSD-style) whose meaning is not built from its words becomes a Hindi
co-occurrence pattern: the Hindi words the English–Hindi dictionary (:mod:`audit.lang.engdict`,
read at run time) gives for each of its content words, found together within a few words.
*kick the bucket* → {लात} + {बाल्टी}; *piece of cake* → {टुकड़ा} + {केक}.

* An idiom is a WordNet multiword lemma with a phrasal frame (an article, preposition or
  possessive: kick *the* bucket, piece *of* cake) none of whose senses is compositional: no
  content word occurs in a sense's definition, its synonyms or its hypernyms two levels up
  (*kick the bucket* = "pass from physical life"; the racehorse sense of *dark horse* is a
  *horse*, so a literal rendering can be right and no pattern is made).
* Patterns that fire on clean Hindi are listed in ``data/idiom_dict_skip.txt`` (English
  lemmas only; rebuilt by ``scripts/build_idiom_skiplist.py``).
* The patterns are derived from the GPL dictionary and therefore built at run time and
  cached per user, never stored in the repository. Without WordNet or the dictionary that part
  is skipped and the run says so; the project's own list (no dictionary needed) still runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.core.data import data_text
from audit.core.derived import derived_object, fingerprint
from audit.core.model import Finding, Segment
from audit.core.text import LETTER_WORD_RE, nfc_view
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import abstract, idiom_hindi, phrasal_back, phrasal_hindi, scene
from audit.lang.bilingual.idioms import Idiom, established, glossary_hindi, own_idioms
from audit.rules.names import spelling_key
from audit.rules.registry import CheckContext, make_finding, register

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
WINDOW_EXTRA = 3  # words allowed between the slots, in all
_VERB_ENDINGS = (
    "ना", "ने", "नी", "ता", "ती", "ते", "ा", "ी", "े", "ो", "ें", "ीं", "ूंगा", "ेगा", "ेगी", "ेंगे", "ाया",
    "ाई", "ाए", "या", "यी", "ये", "ए", "ई", "कर", "ाकर",
)  # fmt: skip
_TOKEN_RE = LETTER_WORD_RE
_STOP_RE = re.compile("[।॥.!?;:]")
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
#: words Hindi puts between a compound's two words (कोहनी *की* चिकनाई, बैठी *हुई* बत्तख)
_COMPOUND_GLUE = frozenset(spelling_key(w) for w in "का की के हुआ हुई हुए".split())


#: WordNet's lexicographer files of places (noun.location) and people (noun.person)
LOCATION_FILE = "15"
PERSON_FILE = "18"
#: a compound that names a kind of person is one only as a predicate: a copula or "become"
#: within this many words after it (वह गीला कंबल *बन* जाता है, एक लंगड़ी बत्तख *हैं*); a blanket
#: that is dried (गीला कंबल धूप में सुखाया) is a blanket
PREDICATE_WINDOW = 3
_PREDICATE = frozenset(
    spelling_key(w)
    for w in """है हैं था थे थी थीं हो होगा होगी होंगे होता होती होते बन बना बनी बने बनो बनकर बनना
    बनने बनता बनती बनते साबित""".split()
)


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
            (f[0].replace("_", " "), _record(data, offsets[0])[2].strip(), place, PERSON_FILE in files)
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


@lru_cache(maxsize=1)
def _compound_index() -> dict[str, list[tuple[int, int]]]:
    return _slot_index(compound_patterns())


@lru_cache(maxsize=100_000)
def _compound_hits(tok: str) -> frozenset[tuple[int, int]]:
    """(compound pattern, slot) pairs a token can fill."""
    index = _compound_index()
    return frozenset(h for key in _token_keys(tok) for h in index.get(key, ()))


def find_compounds(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) of a compound's two words side by side in its English order — at
    most का/की/के or हुआ/हुई/हुए between (गीले कंबल, ठंडी टर्की, कोहनी की चिकनाई, बैठी हुई बत्तख):
    unlike an idiom with a frame, a compound's words are no evidence a few words apart. A compound
    naming a kind of person counts only as a predicate (:data:`PREDICATE_WINDOW`)."""
    index = _compound_index()
    if not index:
        return []
    pats = compound_patterns()
    out: list[tuple[int, int, Pattern]] = []
    for sent in sentence_tokens(text):
        hits = [_compound_hits(tok) for _s, _e, tok in sent]
        for a, here in enumerate(hits):
            for pi, si in here:
                if si:
                    continue
                for b in (a + 1, a + 2):
                    if b >= len(sent) or (b == a + 2 and spelling_key(sent[a + 1][2]) not in _COMPOUND_GLUE):
                        break
                    if (pi, 1) not in hits[b] or all(
                        res.zipf_hi(sent[t][2]) >= DISTINCT_ZIPF for t in (a, b)
                    ):
                        continue
                    after = sent[b + 1 : b + 1 + PREDICATE_WINDOW]
                    if pats[pi].person and not any(spelling_key(w) in _PREDICATE for _s, _e, w in after):
                        continue
                    out.append((sent[a][0], sent[b][1], pats[pi]))
    return out


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


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[int, int]]]:
    return _slot_index(patterns())


def _slot_index(pats: tuple[Pattern, ...]) -> dict[str, list[tuple[int, int]]]:
    """Hindi key → [(pattern index, slot index)] of ``pats``."""
    idx: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for pi, p in enumerate(pats):
        for si, slot in enumerate(p.slots):
            for key in slot:
                idx[key].append((pi, si))
    return dict(idx)


@lru_cache(maxsize=100_000)
def _token_keys(token: str) -> tuple[str, ...]:
    key = spelling_key(token)
    keys = [key]
    for suf in _VERB_ENDINGS:
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            keys.append(key[: -len(suf)])
    for suf, rep in (("ियां", "ी"), ("ियों", "ी"), ("ाओं", "ा"), ("ों", ""), ("ें", ""), ("े", "ा"), ("ी", "ा")):
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            keys.append(key[: -len(suf)] + rep)
    return tuple(dict.fromkeys(keys))


@res.vocabulary_memo("idiom-dict-hits", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}")
def _token_hits(tok: str) -> tuple[tuple[int, int], ...]:
    """(pattern, slot) pairs a token can fill."""
    if spelling_key(tok) in STOP_HI:
        return ()
    index = _index()
    return tuple(dict.fromkeys(hit for key in _token_keys(tok) for hit in index.get(key, ())))


def find_idioms(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) of idiom patterns in ``text`` (NFC): WordNet's through the dictionary
    and this project's own list through its glossary (:mod:`audit.lang.bilingual.idiom_hindi`)."""
    skip = skiplist() | established()
    out: list[tuple[int, int, Pattern]] = [
        (s, e, _own_pattern(idiom)) for s, e, idiom in idiom_hindi.find(text) if idiom.text not in skip
    ]
    out += [
        (s, e, _own_pattern(i))
        for s, e, i in idiom_hindi.find(text, True)
        if i.text not in skip and _actor(text, s)
    ]
    index = _index()
    if not index:
        return _longest_first(out)
    out += find_compounds(text)
    pats = patterns()
    for sent in sentence_tokens(text):
        hits: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for ti, (_s, _e, tok) in enumerate(sent):
            for pi, si in _token_hits(tok):
                if ti not in hits[pi][si]:
                    hits[pi][si].append(ti)
        for pi, slots in hits.items():
            p = pats[pi]
            if len(slots) < len(p.slots):
                continue
            best = _tightest(slots, len(p.slots))
            if best is None:
                continue
            lo, hi = best
            if all(res.zipf_hi(sent[t][2]) >= DISTINCT_ZIPF for t in range(lo, hi + 1)):
                continue  # only common words matched: too weak to call an idiom
            if hi - lo + 1 > len(p.slots) + WINDOW_EXTRA:
                continue
            if p.verb_first and not verb_after_object(slots, lo, hi):
                continue  # गिरी गेंद, मारा और … छत: the verb stands before its noun
            out.append((sent[lo][0], sent[hi][1], p))
    return [
        f
        for f in _longest_first(out)
        if not _literal_scene(text, f[1])
        and not scene.literal_scene(text, f[0], f[1], f[2].english, f[2].verb_first or _verb_first(f[2]))
    ]


def _actor(text: str, start: int) -> bool:
    """Whether an abstraction or an institution stands among the content words just before
    ``start`` (an idiom marked ``literal`` is a calque only after one: :mod:`audit.lang.bilingual.abstract`)."""
    begin = max(text.rfind(c, 0, start) for c in "।.!?;") + 1
    words = [unicodedata.normalize("NFC", m.group()) for m in _TOKEN_RE.finditer(text, begin, start)]
    return abstract.actor_before(
        words, len(words), abstract.institution_keys()
    ) and not abstract.physical_setting(words)


def verb_after_object(slots: dict[int, list[int]], lo: int, hi: int) -> bool:
    """Whether a token of the verb's slot (slot 0) stands after a token of another slot inside
    ``[lo, hi]`` (the verb may lie a few words further): Hindi puts the verb after its object
    (बाल्टी को लात मारी)."""
    verbs = [t for t in slots.get(0, ()) if lo <= t <= hi + WINDOW_EXTRA]  # (a later verb: खोलना … डिब्बा खोल)
    others = [t for si, ts in slots.items() if si for t in ts if lo <= t <= hi]
    return bool(verbs and others) and max(verbs) > min(others)


def _verb_first(p: Pattern) -> bool:
    """An own-list idiom that opens with its verb (*get* the ball rolling)."""
    return not p.slots and bool(idiom_hindi.leading_verb(Idiom(tuple(p.english.split()), "own")))


#: verbs of a body moving through space (कूदी, घुस आया, भाग गई): right after an idiom's words
#: they make its scene real (बिल्ली थैले से बाहर कूदी, कमरे में हाथी घुस आया)
_MOTION_STEMS = tuple("कूद घुस भाग दौड़ लुढ़क तैर चिंघाड़ रेंग फिसल झपट उछल".split())


def _literal_scene(text: str, end: int) -> bool:
    """Whether a verb of physical motion follows the idiom's words within three words."""
    following = [unicodedata.normalize("NFC", m.group()) for m in _TOKEN_RE.finditer(text, end)][:3]
    return any(w.startswith(_MOTION_STEMS) for w in following)


@lru_cache(maxsize=4096)
def _own_pattern(idiom: Idiom) -> Pattern:
    return Pattern(idiom.text, (), idiom.sense, idiom.sense)


def _tightest(slots: dict[int, list[int]], n: int) -> tuple[int, int] | None:
    """Smallest token window holding a token for every slot (two pointers: linear in the hits).

    A window must also hold at least ``n`` tokens, so one token does not fill two slots."""
    if not all(si in slots for si in range(n)):
        return None
    events = sorted((t, si) for si, ts in slots.items() for t in ts)
    have: dict[int, int] = {}
    best: tuple[int, int] | None = None
    lo = 0
    for t, si in events:
        have[si] = have.get(si, 0) + 1
        while len(have) == n:
            start = events[lo][0]
            if t - start + 1 >= n and (best is None or t - start < best[1] - best[0]):
                best = (start, t)
            s0 = events[lo][1]
            have[s0] -= 1
            if not have[s0]:
                del have[s0]
            lo += 1
    return best


def _longest_first(found: list[tuple[int, int, Pattern]]) -> list[tuple[int, int, Pattern]]:
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, Pattern]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f[0])


@lru_cache(maxsize=1024)
def sentence_tokens(text: str) -> tuple[list[tuple[int, int, str]], ...]:
    """Devanagari tokens of each sentence of ``text`` (memoised: HI205 and HI206 share it)."""
    return tuple(_sentence_tokens(text))


def _sentence_tokens(text: str) -> Iterator[list[tuple[int, int, str]]]:
    cur: list[tuple[int, int, str]] = []
    prev = 0
    for m in _TOKEN_RE.finditer(text):
        start, end = m.span()
        gap = text[prev:start]
        if cur and gap != " " and _STOP_RE.search(gap):  # (a single space is the usual gap)
            yield cur
            cur = []
        cur.append((start, end, unicodedata.normalize("NFC", m.group())))
        prev = end
    if cur:
        yield cur


@register(
    code="HI205",
    source_veto="expression",
    partly_needs={"dictionary", "wordnet"},
    partly_what="WordNet idioms",
    name="dictionary-idiom-calque",
    category="literal",
    severity="minor",
    summary="An English idiom (from WordNet) rendered word for word (kick the bucket → बाल्टी को लात मारी).",
    examples=[
        ("बुज़ुर्ग नेता ने आखिरकार बाल्टी को लात मार दी।", "बुज़ुर्ग नेता का आखिरकार निधन हो गया।"),
    ],
)
def check_dictionary_idiom(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """English idiom translated word by word, found through WordNet and the dictionary.

    WordNet lists thousands of multiword expressions; those whose gloss uses none of their own
    words are idioms (*kick the bucket* "die", *piece of cake* "an easy task", *cold turkey*
    "abrupt withdrawal"). For each, the English–Hindi dictionary gives Hindi words for its
    content words; when all of them occur within a few words of each other in one sentence
    (any order, any inflection), the Hindi is probably the idiom rendered literally. Patterns
    that fired on clean Hindi are switched off (``data/idiom_dict_skip.txt``).

    With the English source given the rule stays silent: HI512 checks the same idioms against
    the source, which tells a literal use (threw the towel into the basket) from an idiom.

    The project's own idiom list (``data/idioms_en.tsv``, with the Hindi of each sense as the
    suggestion) is matched the same way through its own glossary of the concrete words idioms
    are made of (``data/idiom_glossary.tsv``: बाल्टी, लात मारना, तौलिया, फेंकना …), every inflected
    form, all image words within a few words; idioms marked ``literal`` there (गर्म पानी, केक का
    टुकड़ा: commonly meant literally) are left to the source check.

    WordNet's idioms take their Hindi from the dictionary's first senses and from that glossary
    (the word MT uses: गलीचा, पिंजरा); an idiom our list marks ``literal`` stays silent in both.

    WordNet's two-word compounds count too when none of their senses is built from their words and
    the head is a metaphor (a *wet blanket* is a person, a blanket a thing; *cold turkey*, *cash
    cow*, *gravy train*) or the compound names a place (*Green Bay*, *Ivory Coast*): their two
    Hindi words side by side (गीले कंबल, ठंडी टर्की, हाथीदांत तट), a person-compound only as a
    predicate (वह गीला कंबल बन जाता है; not गीला कंबल धूप में सुखाया). Compounds that name a thing
    or a term (*snow leopard*, *artificial intelligence*), or whose head keeps its own kind (*hunger
    strike* is a strike: भूख हड़ताल is Hindi's term), are left out.

    Limits: a literal use of the same words (झील पर जमी पतली बर्फ) can be flagged; idioms
    neither list holds are left to HI201. The WordNet part needs ``wordnet`` and
    ``dict-freedict-eng-hin``; without them only that part is skipped (the run's note says so)
    and the project's own list still runs.
    """
    if (segment.src or "").strip():
        return  # with the source, HI512 decides from the English whether an idiom is there
    view = nfc_view(segment.text)
    found = find_idioms(view.text)
    phrasal = phrasal_hindi.find(view.text)
    phrasal += [h for h in phrasal_back.find(view.text) if all(h[1] <= s or h[0] >= e for s, e, _ in phrasal)]
    for start, end, what in phrasal:
        if all(end <= s or start >= e for s, e, _ in found):
            s, e = view.span(start, end)
            yield make_finding(
                "HI205",
                segment.text,
                s,
                e,
                f"शब्दशः अनुवाद: “{segment.text[s:e]}” अंग्रेज़ी फ्रेज़ल क्रिया का शब्द-दर-शब्द अनुवाद लगता है "
                f"(“{what}”: स्थान-सूचक शब्द किसी विचार, प्रस्ताव या ऐसी क्रिया के साथ जो कुछ हिलाती नहीं); "
                "हिंदी में इसका आशय लिखें।",
                phrasal=what,
            )
    for start, end, p in found:
        s, e = view.span(start, end)
        yield make_finding(
            "HI205",
            segment.text,
            s,
            e,
            f"शब्दशः अनुवाद: “{segment.text[s:e]}” स्थान के नाम “{p.english.title()}” का शब्द-दर-शब्द अनुवाद "
            "लगता है; स्थान का नाम लिप्यंतरित लिखें।"
            if p.place
            else f"शब्दशः अनुवाद: “{segment.text[s:e]}” अंग्रेज़ी मुहावरे “{p.english}” ({p.gloss}) का "
            "शब्द-दर-शब्द अनुवाद लगता है; हिंदी में इसका आशय लिखें।",
            suggestion=p.sense or None,
            english=p.english,
        )
