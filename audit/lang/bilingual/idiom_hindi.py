"""Idioms of this project's own list rendered word for word, found in Hindi alone.

Each idiom of ``audit/data/idioms_en.tsv`` with two or more image words (*kick the bucket*:
kick, bucket) becomes a bag of slots, one per image word, each holding the inflected forms of
the plain Hindi of ``audit/data/idiom_glossary.tsv`` (लात मारी, बाल्टी). A sentence holding a
form of every slot within a few content words is a candidate literal rendering; HI205
(:mod:`audit.rules.idiom_dict`) reports it unless the idiom fired on clean Hindi
(``audit/data/idiom_dict_skip.txt``). Both files are this project's own writing, so this works
without the GPL dictionary.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from audit.lang.bilingual.hindi import content_key
from audit.lang.bilingual.idioms import (
    DETERMINERS,
    POSSESSIVE_SLOTS,
    POSSESSIVES,
    Idiom,
    glossary_forms,
    glossary_hindi,
    own_idioms,
)
from audit.lang.segment_words import segment_words

#: content words allowed between the slots of one idiom, in all
WINDOW_EXTRA = 3
#: spatial particles whose Hindi is part of a literal rendering (बाहर, नीचे, ऊपर)
PARTICLES = frozenset("out up down over under around below outside".split())
_SENTENCE_END = re.compile("[।॥.!?;:]")


@dataclass(frozen=True)
class HindiIdiom:
    idiom: Idiom
    slots: tuple[frozenset[tuple[str, ...]], ...]  # per image word: its Hindi, every inflected form
    particles: tuple[frozenset[tuple[str, ...]], ...] = ()  # out → बाहर: always needed
    verb_slot: bool = False  # the first slot is the idiom's leading verb (*kick* the bucket)


def hindi_idioms() -> tuple[HindiIdiom, ...]:
    return _hindi_idioms(False)


@lru_cache(maxsize=2)
def _hindi_idioms(literal_prone: bool) -> tuple[HindiIdiom, ...]:
    """The idioms of the list not marked ``literal`` (with ``literal_prone``: only those marked):
    built once per machine and read back as a derived table (:mod:`audit.core.derived`, keyed on
    the package, wordfreq's version and WordNet's files, which the inflected forms and lemmas
    read; building them was ~0.05 s of every start)."""
    return cast(
        "tuple[HindiIdiom, ...]",
        _vocabulary_table(
            f"hindi-idiom-slots-{int(literal_prone)}", lambda: _build_hindi_idioms(literal_prone), tuple
        ),
    )


def _vocabulary_table(name: str, build: Callable[[], object], kind: type) -> object:
    """A derived table of the idiom list (:mod:`audit.core.derived`), keyed on the package,
    wordfreq's version and WordNet's files, which the inflected forms and lemmas read."""
    from audit.core.derived import derived_object
    from audit.lang import resources, wordnet

    return derived_object(
        name, resources.vocabulary_key(wordnet.stamp()), build, accept=lambda obj: isinstance(obj, kind)
    )


def _build_hindi_idioms(literal_prone: bool) -> tuple[HindiIdiom, ...]:
    out = []
    for idiom in own_idioms():
        if idiom.literal_prone != literal_prone:
            continue
        # the image words (one the glossary lacks — once, two — is left out of the bag) and a
        # particle that places them (let the cat *out* of the bag → बाहर)
        image = tuple(dict.fromkeys(w for w in idiom.image if w not in PARTICLES))
        verb = leading_verb(idiom)
        slots = tuple(s for s in (glossary_forms(w, w == verb) for w in image) if s)
        if len(slots) < min(2, len(image)):
            continue  # out of left field without "left": मैदान से बाहर is a place, not the idiom
        parts = tuple(glossary_forms(w) for w in dict.fromkeys(idiom.words) if w in PARTICLES)
        # a thing of the image must be there: a verb and a particle alone (lay … down, for *lay
        # down the law* without the law) are any sentence's
        things = any(pos != "v" for w in image for pos, _h in glossary_hindi(w))
        if len(slots) + len(parts) >= 2 and slots and (things or not parts):
            verb_slot = bool(verb) and image[:1] == (verb,) and bool(glossary_forms(verb, True))
            out.append(HindiIdiom(idiom, slots, tuple(p for p in parts if p), verb_slot))
    return tuple(out)


def leading_verb(idiom: Idiom) -> str:
    """The idiom's first word when it is a verb — followed by an article or a possessive (*weather*
    the storm, *foot* the bill): only its verb senses count, a noun sense (मौसम, पैर) is no
    rendering of it."""
    w = idiom.words
    if len(w) > 1 and (w[1] in DETERMINERS or w[1] in POSSESSIVE_SLOTS or w[1] in POSSESSIVES):
        return w[0]
    return ""


@lru_cache(maxsize=2)
def _index(literal_prone: bool = False) -> dict[str, tuple[int, ...]]:
    """First stem key of a form of each idiom's *anchor* slot → the idioms that have it. An idiom
    is found only where every image slot has a form in the sentence, so the first words of any one
    slot find every idiom that can be found; the anchor is the slot whose commonest first word is
    rarest in Hindi text (wordfreq), which a sentence holds least often (on 1,000 IndicMT rows a
    third of the candidates the first words of every slot gave). Built once per machine with the
    idioms (:func:`_hindi_idioms`) and read back as a derived table."""
    return cast(
        "dict[str, tuple[int, ...]]",
        _vocabulary_table(
            f"hindi-idiom-anchors-{int(literal_prone)}", lambda: _build_index(literal_prone), dict
        ),
    )


def _build_index(literal_prone: bool) -> dict[str, tuple[int, ...]]:
    from audit.lang.frequency import zipf_hi

    idx: dict[str, set[int]] = defaultdict(set)
    for i, h in enumerate(_hindi_idioms(literal_prone)):
        anchor = min(h.slots, key=lambda slot: max(zipf_hi(key[0]) for key in slot))
        for key in anchor:
            idx[key[0]].add(i)
    return {k: tuple(sorted(v)) for k, v in idx.items()}


#: image slots from which an idiom's particle may be missing: a Hindi verb holds it (turned
#: *over* a new leaf → नया पत्ता पलट दिया: पलटना is turn over)
SLOTS_WITHOUT_PARTICLE = 3


@lru_cache(maxsize=2)
def _slot_starts_of(
    literal_prone: bool = False,
) -> tuple[tuple[dict[str, tuple[tuple[str, ...], ...]], ...], ...]:
    """Each idiom's :func:`_slot_starts`, image slots then particles, in :func:`_hindi_idioms`
    order (worked out once, not per sentence)."""
    return tuple(
        tuple(_slot_starts(slot) for slot in h.slots + h.particles) for h in _hindi_idioms(literal_prone)
    )


def _all_slot_positions(
    slot_starts: tuple[dict[str, tuple[tuple[str, ...], ...]], ...],
    keys: tuple[str, ...],
    where: dict[str, tuple[int, ...]],
) -> list[set[int]] | None:
    """Each slot's positions in ``keys``, or None as soon as one slot has none (the usual case);
    ``slot_starts``: the slots' :func:`_slot_starts` (those searched); ``where``: each key's
    positions in ``keys`` (:func:`_sentence_keys`)."""
    out = []
    for starts in slot_starts:
        shared = starts.keys() & where.keys()
        if not shared:
            return None  # no form of this slot starts at any word (a C-level test)
        found = _slot_positions(starts, shared, keys, where)
        if not found:
            return None
        out.append(found)
    return out


def _slot_positions(
    starts: dict[str, tuple[tuple[str, ...], ...]],
    shared: set[str],
    keys: tuple[str, ...],
    where: dict[str, tuple[int, ...]],
) -> set[int]:
    """Positions of ``keys`` where one of the slot's form tuples starts (the rest within 3 words):
    only the positions of the slot's first words that the sentence has (``shared``) are looked at."""
    out: set[int] = set()
    for k in shared:
        rests = starts[k]
        for j in where[k]:
            near = keys[max(0, j - 3) : j + 4]
            if any(all(g in near for g in rest) for rest in rests):
                out.add(j)
    return out


@lru_cache(maxsize=8192)  # one entry per slot of the idiom list
def _slot_starts(slot: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A slot's form tuples by their first word: the rest of each (what must lie within 3 words)."""
    starts: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for t in slot:
        starts[t[0]].append(t[1:])
    return {k: tuple(v) for k, v in starts.items()}


def _sentences(text: str) -> list[tuple[int, str]]:
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        out.append((start, text[start : m.end()]))
        start = m.end()
    out.append((start, text[start:]))
    return [(s, t) for s, t in out if t.strip()]


@lru_cache(maxsize=4096)  # find() reads each text twice (the idioms and the literal-prone ones)
def _sentence_keys(
    text: str,
) -> tuple[tuple[int, tuple[tuple[int, int, str], ...], tuple[str, ...], dict[str, tuple[int, ...]]], ...]:
    """(offset, content words, their folded keys, each key's positions) of each sentence of ``text``.

    The words are the segment's (:func:`audit.lang.segment_words.segment_words`, read once for
    every rule): a sentence end is no word character, so the words of a sentence are those of
    the text between its bounds (the same as reading the sentence alone), offsets made relative."""
    out = []
    all_words = segment_words(text).words
    starts = [s for s, _e, _w in all_words]
    for offset, sent in _sentences(text):
        lo = bisect_left(starts, offset)
        hi = bisect_left(starts, offset + len(sent), lo)
        words, folded = [], []
        for s, e, w in all_words[lo:hi]:
            key = content_key(w)  # (None: a stop word)
            if key is not None:
                words.append((s - offset, e - offset, w))
                folded.append(key)
        keys = tuple(folded)
        out.append((offset, tuple(words), keys, key_positions(keys)))
    return tuple(out)


def key_positions(keys: tuple[str, ...]) -> dict[str, tuple[int, ...]]:
    """Each key's positions in ``keys``, ascending."""
    where: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        where.setdefault(k, []).append(j)
    return {k: tuple(js) for k, js in where.items()}


def find(text: str, literal_prone: bool = False) -> list[tuple[int, int, Idiom]]:
    """(start, end, idiom) of every idiom whose image words all appear in literal Hindi close
    together (``literal_prone``: of the idioms marked ``literal`` instead, whose caller must tell
    a literal scene from the idiom)."""
    idioms = _hindi_idioms(literal_prone)
    index = _index(literal_prone)
    slot_starts = _slot_starts_of(literal_prone)
    out: list[tuple[int, int, Idiom]] = []
    for offset, words, keys, where in _sentence_keys(text):
        cands = {i for k in where for i in index.get(k, ())}
        for i in sorted(cands):
            h = idioms[i]
            # every image word with a glossary entry and every particle: a bag with one word
            # missing fires on literal scenes (कुत्तों और बिल्लियों without the rain)
            searched = (
                slot_starts[i] if len(h.slots) < SLOTS_WITHOUT_PARTICLE else slot_starts[i][: len(h.slots)]
            )
            positions = _all_slot_positions(searched, keys, where)
            if positions is None:
                continue
            best = _tightest(positions)
            if best is None or best[1] - best[0] + 1 > len(positions) + WINDOW_EXTRA:
                continue
            if len(positions) > len(h.slots) and not _particle_beside_image(positions, len(h.slots)):
                continue  # समुद्र के ऊपर पूरा चाँद: the particle places something else
            if h.verb_slot and len(h.slots) > 1 and not _verb_after_object(positions, len(h.slots), best):
                continue  # मारा और गेंद … छत: the verb before its noun is another clause's
            out.append((offset + words[best[0]][0], offset + words[best[1]][1], h.idiom))
    return out


def _verb_after_object(positions: list[set[int]], n_slots: int, window: tuple[int, int]) -> bool:
    """Whether a word of the verb's slot (the first) stands after a word of another image slot
    inside ``window``: Hindi puts the verb after its object (बाल्टी को लात मारी)."""
    lo, hi = window
    verbs = [p for p in positions[0] if lo <= p <= hi + WINDOW_EXTRA]  # (a later verb counts too)
    others = [p for ps in positions[1:n_slots] for p in ps if lo <= p <= hi]
    return bool(verbs and others) and max(verbs) > min(others)


def _particle_beside_image(positions: list[set[int]], n_slots: int) -> bool:
    """Whether a particle stands right after an image word (चाँद के ऊपर, थैले से बाहर: content
    words, so at most one apart) or right before one (ऊपर खींचे)."""
    image = set().union(*positions[:n_slots])
    return all(any(p - 1 in image or p + 1 in image for p in ps) for ps in positions[n_slots:])


def _tightest(positions: list[set[int]]) -> tuple[int, int] | None:
    """Smallest window of positions holding one position of every slot, each a different word."""
    best: tuple[int, int] | None = None
    for anchor in sorted(set().union(*positions)):
        chosen = []
        for ps in positions:
            near = [p for p in ps if p >= anchor]
            if not near:
                break
            chosen.append(min(near))
        else:
            if len(set(chosen)) < len(chosen):
                continue
            lo, hi = anchor, max(chosen)
            if best is None or hi - lo < best[1] - best[0]:
                best = (lo, hi)
    return best
