"""English idioms in a source sentence, and their word-for-word Hindi in the MT.

Inventory: ``audit/data/idioms_en.tsv`` (common English idioms written for this project, with
slots — *twist someone's arm* — and the Hindi of their sense), ``audit/data/wordnet_idioms.tsv``
(WordNet multiword lemmas with a concrete image and an abstract meaning: *spill the beans*) and
the multiword headwords (three words or more) of the FreeDict dictionary whose Hindi gloss does
not contain the literal Hindi of their words (read at run time, never stored). Idioms whose
literal Hindi is established usage (``audit/data/source_evidence.toml``: सफेद हाथी) are left out.

:func:`find_idioms` matches the inventory against the source (inflected: *spilled the beans*;
an idiom of our list headed by a light verb also with its sibling verbs: *put* a lid on for
*keep* a lid on); :func:`literal_renderings` looks in the MT for the literal Hindi of two or
more image words of a found idiom, close together: the dictionary's and that of
``audit/data/idiom_glossary.tsv`` (the concrete words idioms are built from, written for this
project, so the check works where the dictionary lacks the word MT uses: पिंजरा, कीमत, नकद).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import is_concrete, lone_image
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import content_words, fold, is_stop, stem_key
from audit.lang.bilingual.literal_use import (
    DETERMINERS,
    POSSESSIVES,
    literal_here,
    physical_complement,
)
from audit.lang.bilingual.particles import particle_keys, verb_keys
from audit.lang.frequency import zipf_hi
from audit.lang.inflection import adjective_forms, noun_forms, verb_forms

try:  # Python >= 3.11
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

POSSESSIVE_SLOTS = {"one's", "someone's", "somebody's"}
#: one modifier inside an idiom's noun phrase (toe the *party* line): a word, not a thing
MODIFIER = "<modifier>"
PERSON_SLOTS = {"oneself", "someone", "somebody", "one"}
WINDOW = 6  # the literal words of one idiom lie within this many MT words


@dataclass(frozen=True)
class Idiom:
    words: tuple[str, ...]
    source: str  # "own" | "wordnet" | "freedict" | "extra"
    sense: str = ""  # the Hindi of its meaning, where known (audit/data/idioms_en.tsv)
    literal_prone: bool = False  # its words are often meant literally (left to the source check)

    @property
    def text(self) -> str:
        return " ".join(self.words)

    @property
    def image(self) -> tuple[str, ...]:
        """Content words other than light verbs: the words whose literal Hindi betrays a calque."""
        return tuple(
            w
            for w in self.words
            if E.is_content(w) and w not in E.LIGHT_VERBS and w not in POSSESSIVE_SLOTS | PERSON_SLOTS
        )


@dataclass(frozen=True)
class IdiomMatch:
    idiom: Idiom
    start: int  # offsets into the source
    end: int


@dataclass(frozen=True)
class LiteralRendering:
    idiom: IdiomMatch
    start: int  # offsets into the MT
    end: int
    words: tuple[str, ...]  # the MT words that render image words literally
    english: tuple[str, ...]  # the image words they render


@lru_cache(maxsize=1)
def established() -> frozenset[str]:
    text = data_text("source_evidence.toml")
    return frozenset(tomllib.loads(text)["idioms"]["established"])


@lru_cache(maxsize=1)
def wordnet_idioms() -> tuple[Idiom, ...]:
    text = data_text("wordnet_idioms.tsv")
    out = []
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        out.append(Idiom(tuple(line.split("\t")[0].replace("-", " ").split()), "wordnet"))
    return tuple(out)


@lru_cache(maxsize=1)
def own_idioms() -> tuple[Idiom, ...]:
    """The idioms of ``audit/data/idioms_en.tsv`` (this project's own list)."""
    out = []
    for line in data_text("idioms_en.tsv").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        phrase, sense, *flags = line.split("\t")
        words = tuple(phrase.replace("-", " ").lower().split())
        out.append(Idiom(words, "own", sense.strip(), "literal" in (f.strip() for f in flags)))
    return tuple(out)


@lru_cache(maxsize=1)
def glossary() -> dict[str, tuple[tuple[str, str], ...]]:
    """English word → (part of speech, Hindi) pairs: the plain Hindi MT uses for it
    (``audit/data/idiom_glossary.tsv``)."""
    out: dict[str, list[tuple[str, str]]] = {}
    for line in data_text("idiom_glossary.tsv").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        english, pos, hindi = line.split("\t")
        out.setdefault(english.strip().lower(), []).extend(
            (pos.strip(), h.strip()) for h in hindi.split(",") if h.strip()
        )
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def glossary_hindi(word: str) -> tuple[tuple[str, str], ...]:
    """The glossary's (pos, Hindi) for an English word in any inflection (threw → throw → फेंकना)."""
    g = glossary()
    return tuple(dict.fromkeys(h for lemma in E.lemmas(word) for h in g.get(lemma, ())))


TWIN_ZIPF = 3.0  # how common a verb's causative/intransitive twin must be (wordfreq Zipf)


def _forms(pos: str, word: str) -> tuple[str, ...]:
    """The inflected forms of a glossary word (:mod:`audit.lang.inflection`); a verb's causative
    or intransitive twin too, where Hindi uses it (मिलना/मिलाना: make ends meet → सिरों को मिलाने)."""
    if pos == "v" and word.endswith("ना") and len(word) > 3:
        stem = word[:-2]
        twin = stem[:-1] if stem.endswith("ा") and len(stem) > 2 else stem + "ा"
        return verb_forms(stem) + (verb_forms(twin) if zipf_hi(twin + "ना") >= TWIN_ZIPF else ())
    if pos == "n":
        return noun_forms(word)
    if pos == "a":
        if word.endswith("वां"):  # ordinals: ग्यारहवां, ग्यारहवें, ग्यारहवीं
            return (word, word[:-2] + "ें", word[:-2] + "ीं")
        forms = adjective_forms(word)
        if word.endswith("या") and len(word) > 2:  # नया → नई, नए (the common spellings)
            forms += (word[:-2] + "ई", word[:-2] + "ए")
        return forms
    return (word,)


@lru_cache(maxsize=20_000)
def glossary_forms(word: str, verb_only: bool = False) -> frozenset[tuple[str, ...]]:
    """Every inflected form of the glossary's Hindi for ``word``, as tuples of folded words
    (:func:`audit.lang.bilingual.hindi.fold`; function words dropped): the last word of a phrase
    inflects (लात मारी), and so does the first noun of a noun phrase (अंडे के छिलकों).
    ``verb_only``: the verb senses only, where the glossary has one (*weather* the storm is no
    मौसम)."""
    forms: set[tuple[str, ...]] = set()
    entries = glossary_hindi(word)
    if verb_only and any(pos == "v" for pos, _ in entries):
        entries = tuple(e for e in entries if e[0] == "v")
    for pos, hindi in entries:
        words = hindi.split()
        head = tuple(fold(w) for w in words[:-1] if not is_stop(w))
        for form in _forms(pos, words[-1]):
            forms.add(head + (fold(form),))
        if len(words) > 1:
            # a noun phrase's first noun inflects (अंडे के छिलकों); a verb phrase's noun stands
            # as it is (सामना करना: सामने is "in front of", no form of it)
            tail = tuple(fold(w) for w in words[1:] if not is_stop(w))
            heads = noun_forms(words[0]) if pos != "v" else (words[0],)
            forms.update((fold(form),) + tail for form in heads)
    return frozenset(f for f in forms if f and all(f))


@lru_cache(maxsize=20_000)
def glossary_keys(word: str) -> frozenset[tuple[str, ...]]:
    """:func:`glossary_forms` as stem keys (the source check's looser match)."""
    return frozenset(tuple(stem_key(w) for w in f) for f in glossary_forms(word))


def _particle_words(idiom: Idiom) -> tuple[str, ...]:
    """The spatial particles of an idiom (over the moon, go through the roof): their Hindi (ऊपर,
    पार) is part of a word-for-word rendering."""
    from audit.lang.bilingual.particles import particles

    return tuple(w for w in dict.fromkeys(idiom.words) if w in particles())


def _min_image(idiom: Idiom) -> int:
    """Image words an idiom needs to be checked: two; one for a verb idiom of our own list (*go*
    bananas, *put* one's foot down) — a bare prepositional phrase with one image (on the rocks,
    under fire) is as often meant literally."""
    if idiom.source == "own" and any(w in E.LIGHT_VERBS or w in {"let", "went", "put"} for w in idiom.words):
        return 1
    return 2


def _literal_keys(d: Dictionary | None, word: str) -> set[tuple[str, ...]]:
    keys: set[tuple[str, ...]] = set(glossary_keys(word))
    return keys.union(*(d.keys(lemma) for lemma in E.lemmas(word))) if d is not None else keys


def compositional(d: Dictionary, idiom: Idiom) -> bool:
    """Whether the dictionary's own Hindi for the whole phrase uses an image word's literal Hindi."""
    phrase = d.keys(idiom.text)
    if not phrase:
        return False
    inside = {k for t in phrase for k in t}
    return any(k in inside for w in idiom.image for t in _literal_keys(d, w) for k in t)


@lru_cache(maxsize=4)
def _inventory(d: Dictionary | None, extra: tuple[str, ...] = ()) -> dict[str, tuple[Idiom, ...]]:
    """Idioms indexed by their first word (``extra``: more idiom lemmas, e.g. HI205's)."""
    items: list[Idiom] = list(own_idioms()) + list(wordnet_idioms())
    items += [Idiom(tuple(e.replace("-", " ").split()), "extra") for e in extra]
    if d is not None:
        for head in d.entries:
            words = tuple(head.replace("-", " ").split())
            # two-word headwords are mostly terms (golden jubilee, fire alarm); phrases of three
            # or more words are mostly idioms (a thorn in one's flesh, stay one's hand)
            if len(words) >= 3 and all(w.isalpha() or w in POSSESSIVE_SLOTS for w in words):
                items.append(Idiom(words, "freedict"))
    items += _light_verb_variants(own_idioms())
    skip = established()
    out: dict[str, list[Idiom]] = {}
    seen: set[tuple[str, ...]] = set()
    for idiom in items:
        n_image = len(set(idiom.image))
        if idiom.words in seen or idiom.text in skip or not n_image:
            continue
        if n_image + (len(_particle_words(idiom)) if idiom.source == "own" else 0) < _min_image(idiom):
            continue
        if idiom.source != "own" and (d is not None and compositional(d, idiom) or E.is_numeral(idiom.words)):
            continue  # (a numeral too: ten thousand)
        seen.add(idiom.words)
        out.setdefault(idiom.words[0], []).append(idiom)
    return {k: tuple(v) for k, v in out.items()}


#: light verbs that stand for one another at the head of an idiom (keep / put / hold a lid on,
#: give / get the boot, the green light): an idiom of our list is also found with the others
LIGHT_VARIANTS = (("keep", "put", "hold"), ("give", "get"))


def _light_verb_variants(idioms: Iterable[Idiom]) -> list[Idiom]:
    """The idioms of our list headed by a light verb, with each other light verb in its place."""
    out = []
    for idiom in idioms:
        for group in LIGHT_VARIANTS:
            if idiom.words[0] in group and len(idiom.words) > 2:
                for verb in group:
                    if verb != idiom.words[0]:
                        out.append(Idiom((verb,) + idiom.words[1:], "own", idiom.sense, idiom.literal_prone))
    return out


#: modal verbs of one idiom written in another tense (bit off more than it *could* chew)
MODALS = {
    "can": {"can", "could"},
    "will": {"will", "would"},
    "shall": {"shall", "should"},
    "may": {"may", "might"},
}
#: a slot for a person or a possessive may hold a short noun phrase (threw *his deputy* under the
#: bus; the ball is in *the opposition's* court)
MAX_SLOT_TOKENS = 3
#: adverbs that may stand inside an idiom (the ball is *now* in their court, bit the *proverbial* bullet)
GAP_WORDS = frozenset(
    "now still already really just finally even also again all proverbial completely".split()
)
#: the idiom's last word followed by one of these is a thing moved in space (kicked the bucket
#: *across* the yard, threw the towel *into* the basket): its words are meant literally
SPATIAL_NEXT = frozenset("across into onto along towards toward against through from".split())


def _ends_in_noun_phrase(idiom: Idiom) -> bool:
    """Whether the idiom ends in an article and a noun (kick *the bucket*, break *the ice*)."""
    return len(idiom.words) >= 2 and idiom.words[-2] in DETERMINERS


def token_matches(pattern: str, token: str) -> bool:
    """Whether a source token fills one word of an idiom (inflections, possessive and person slots)."""
    low = token.lower().replace("’", "'")
    if pattern in POSSESSIVE_SLOTS:
        return low in POSSESSIVES or low.endswith("'s")
    if pattern in PERSON_SLOTS:
        return True
    if pattern in DETERMINERS:  # an idiom's article is fixed: kicked *a* bucket is a bucket
        return low in DETERMINERS and (low == pattern or {low, pattern} <= {"a", "an"})
    if pattern in MODALS:
        return low in MODALS[pattern]
    lemmas = E.lemmas(low)
    # an idiom written in an inflected form matches other forms of it (feeds ~ fed)
    return pattern == low or pattern in lemmas or bool(set(E.lemmas(pattern)[1:]) & set(lemmas))


def _slot_ends(pattern: str, toks: list[tuple[int, int, str]], i: int) -> list[int]:
    """Token indices just past each way the idiom word ``pattern`` can be filled from ``toks[i]``."""
    if i >= len(toks):
        return []
    if pattern in POSSESSIVE_SLOTS:
        # his / the minister's / the ruling party's
        return [
            i + n
            for n in range(1, MAX_SLOT_TOKENS + 1)
            if i + n <= len(toks) and token_matches(pattern, toks[i + n - 1][2])
        ]
    if pattern == MODIFIER:
        from audit.lang.bilingual.concrete import is_concrete

        low = toks[i][2].lower()
        return [i + 1] if E.is_content(low) and not is_concrete(low) and low not in POSSESSIVES else []
    if pattern in PERSON_SLOTS:
        ends = [i + n for n in range(1, MAX_SLOT_TOKENS + 1) if i + n <= len(toks)]
        # in the passive the person is the subject: (the government was) caught napping
        return [i] + ends if _passive(toks, i) else ends
    return [i + 1] if token_matches(pattern, toks[i][2]) else []


#: forms of *be* / *get* before a past participle: the passive (was caught, had been taken)
_PASSIVE_AUX = frozenset("be is are was were been being get gets got gotten getting".split())


def _passive(toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether the verb before token ``i`` is a passive participle (been *caught*, got *taken*)."""
    if i < 2:
        return False
    verb, aux = toks[i - 1][2].lower(), toks[i - 2][2].lower()
    participle = verb.endswith(("ed", "en", "wn", "ught")) or verb in E._exceptions()
    return participle and aux in _PASSIVE_AUX


def _match(words: tuple[str, ...], toks: list[tuple[int, int, str]], i: int, gap: bool = False) -> int | None:
    """Index past the shortest match of ``words`` starting at token ``i``, or None (``gap``: one
    adverb may stand between two words — the ball is *now* in their court)."""
    if not words:
        return i
    for j in _slot_ends(words[0], toks, i):
        end = _match(words[1:], toks, j, True)
        if end is not None:
            return end
    if gap and i < len(toks) and toks[i][2].lower() in GAP_WORDS:
        return _match(words, toks, i + 1)
    return None


@lru_cache(maxsize=8192)
def _find(src: str, d: Dictionary | None, extra: tuple[str, ...]) -> tuple[IdiomMatch, ...]:
    inv = _inventory(d, extra)
    toks = E.tokens(src)
    found: list[IdiomMatch] = []
    for i, (s, _e, tok) in enumerate(toks):
        for first in E.lemmas(tok):
            for idiom in inv.get(first, ()):
                j = _match(idiom.words, toks, i)
                if j is None and _ends_in_noun_phrase(idiom):
                    # a word more in its noun phrase: toe *the party* line
                    j = _match(idiom.words[:-1] + (MODIFIER,) + idiom.words[-1:], toks, i)
                if j is None:
                    continue
                end = toks[j - 1][1]
                if _number_changed(idiom.words, toks[j - 1][2]):
                    continue  # over the *hills*: an idiom's noun is frozen (over the hill = too old)
                if idiom.source != "own" and "-" in src[s:end]:
                    continue  # a hyphenated compound (park-and-ride facilities) is a term
                if j < len(toks) and toks[j][2].lower() in SPATIAL_NEXT:
                    continue
                if j < len(toks) and toks[j][2].lower() == "of" and _ends_in_noun_phrase(idiom):
                    continue  # the bucket *of water*, the ice *of the lake*: a thing, meant literally
                if physical_complement(idiom.words, src, toks, j):
                    continue  # broke the ice *on the frozen pond*: a thing, meant literally
                if literal_here(idiom.words, toks, i, j):
                    continue  # kicked the bucket *over*; *cut* a piece of cake; the nail … *with a hammer*
                found.append(IdiomMatch(idiom, s, end))
    # the longest of overlapping matches
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    kept: list[IdiomMatch] = []
    for m in found:
        if not any(m.start < k.end and k.start < m.end for k in kept):
            kept.append(m)
    return tuple(sorted(kept, key=lambda m: m.start))


def _number_changed(words: tuple[str, ...], last: str) -> bool:
    """Whether the idiom's final noun (after an article: over *the hill*) stands in the source
    in another form than the idiom's (hills): idioms freeze their nouns' number."""
    if len(words) < 2 or words[-2] not in {"the", "a", "an"}:
        return False
    low = last.lower().replace("’", "'").removesuffix("'s")
    return low != words[-1] and low in {words[-1] + "s", words[-1] + "es"}


def find_idioms(src: str, d: Dictionary | None, extra: tuple[str, ...] = ()) -> tuple[IdiomMatch, ...]:
    """Idioms of the inventory that occur in ``src`` (non-overlapping, longest first)."""
    return _find(src, d, extra)


def _positions(keys: Iterable[tuple[str, ...]], mt_keys: list[str]) -> set[int]:
    """MT word positions where one of the glosses (all its words, within 3 words) occurs."""
    out: set[int] = set()
    for gloss in keys:
        for j, k in enumerate(mt_keys):
            if k != gloss[0]:
                continue
            if all(
                any(mt_keys[x] == g for x in range(max(0, j - 3), min(len(mt_keys), j + 4)))
                for g in gloss[1:]
            ):
                out.add(j)
    return out


Transcriber = Callable[[str, list[tuple[int, int, str]]], set[int]]


def literal_renderings(
    src: str, mt: str, d: Dictionary, transcribed: Transcriber | None = None, extra: tuple[str, ...] = ()
) -> list[LiteralRendering]:
    """Idioms of ``src`` whose image words are rendered word for word in ``mt``: two or more
    different image words with their dictionary Hindi within :data:`WINDOW` words of each other
    (``transcribed(word, mt_words)`` adds a Devanagari transcription, शॉट्स for *shots*; one word
    at least translated); an MT word that also translates a source word outside the idiom does
    not count."""
    idioms = find_idioms(src, d, extra)
    if not idioms:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    out: list[LiteralRendering] = []
    for m in idioms:
        outside = [t for s, e, t in E.tokens(src) if (e <= m.start or s >= m.end) and E.is_content(t)]
        other: set[int] = set()
        for t in outside:
            other |= _positions(_literal_keys(d, t), mt_keys)
        hits: dict[str, set[int]] = {}
        translated = False
        parts = _particle_words(m.idiom)
        single = len(set(m.idiom.image) - set(parts)) == 1
        for w in dict.fromkeys(m.idiom.image):
            # one image word: only its plain Hindi of the glossary (a dictionary sense of *sack*
            # is निकालना, the idiom's meaning)
            keys = set(glossary_keys(w)) if single and glossary_keys(w) else _literal_keys(d, w)
            if w in parts:
                keys |= particle_keys(w)
            keys |= verb_keys(w)
            pos = _positions(keys, mt_keys) - other
            translated = translated or bool(pos)
            if transcribed is not None:
                pos |= transcribed(w, mt_words) - other
            if pos:
                hits[w] = pos
        if translated and m.idiom.source == "own" and single:
            for w in parts:
                pos = _positions(particle_keys(w), mt_keys)
                if pos:
                    hits[w] = pos
        # one translated at least (फील्ड मार्शल, borrowed whole, is no calque); one image word will
        # do when it is a rare Hindi word for a thing (कुदाल for *spade*: concrete.lone_image)
        one = len(hits) == 1 and all(
            w not in parts and lone_image(w, [mt_words[p][2] for p in ps]) for w, ps in hits.items()
        )
        if (len(hits) < min(2, len(set(m.idiom.image))) and not one) or not translated:
            continue
        best: tuple[int, ...] | None = None
        for anchor in sorted({p for ps in hits.values() for p in ps}):
            chosen = [min(ps, key=lambda p: abs(p - anchor)) for ps in hits.values()]
            if max(chosen) - min(chosen) <= WINDOW and (
                best is None or max(chosen) - min(chosen) < max(best) - min(best)
            ):
                best = tuple(chosen)
        if best is None or _sense_rendering(m.idiom, dict(zip(hits, best, strict=True)), mt_keys):
            continue
        lo, hi = min(best), max(best)
        words = tuple(mt_words[p][2] for p in sorted(set(best)))
        out.append(LiteralRendering(m, mt_words[lo][0], mt_words[hi][1], words, tuple(hits)))
    return out


def _sense_rendering(idiom: Idiom, chosen: dict[str, int], mt_keys: list[str]) -> bool:
    """Whether one MT word is of the idiom's own Hindi, not its image word's plain Hindi, and the others
    name no thing: kick the habit, "लत छोड़ना" → आदत *छोड़* दी (not turned the tables → मेज़ें पलट)."""
    sense = {stem_key(w) for w in re.findall(r"[\u0900-\u097F]+", idiom.sense) if not is_stop(w)}
    by_sense = {w for w, p in chosen.items() if mt_keys[p] in sense and (mt_keys[p],) not in glossary_keys(w)}
    return bool(by_sense) and not any(is_concrete(w) for w in chosen if w not in by_sense)
