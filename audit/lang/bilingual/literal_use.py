"""Sources that use an idiom's words literally: the thing the idiom names is handled or moved
(she *cut* a piece of cake, he kicked the bucket *over*). Read by
:func:`audit.lang.bilingual.idioms.find_idioms`; WordNet's verb files (Debian ``wordnet``,
BSD-style licence) give the verbs of handling things, the
noun files of abstractions and the glosses that tie a thing to its scene (:func:`concrete_scene`)."""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import ANIMAL_FILE

DETERMINERS = {"a", "an", "the"}
POSSESSIVES = {"my", "your", "his", "her", "its", "our", "their"}


#: particles that, after an idiom's last noun, move that thing (kicked the bucket *over*)
_MOVING_PARTICLES = frozenset("over away aside down back around about out up off".split())


def bare_particle_after(words: tuple[str, ...], toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether an idiom ending in a noun is followed by a particle with no object of its own
    (kicked the bucket *over* and …; not *over the weekend*)."""
    if (
        not (len(words) >= 2 and words[-2] in DETERMINERS)
        or j >= len(toks)
        or toks[j][2].lower() not in _MOVING_PARTICLES
    ):
        return False
    nxt = toks[j + 1][2].lower() if j + 1 < len(toks) else ""
    return not nxt or nxt in {"and", "but", "then", "again", "before", "after", "as", "so"}


#: WordNet verb lexicographer files of handling a thing: 34 consumption (ate), 35 contact
#: (cut, kicked), 36 creation (baked)
_HANDLING_FILES = frozenset({"34", "35", "36"})


def handled(words: tuple[str, ...], toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a noun idiom (a piece of cake) is the object of a verb of handling things (she
    *cut* a piece of cake, *ate* a hot potato): its words are meant literally."""
    if i > 0 and words[0] not in DETERMINERS and toks[i - 1][2].lower() in DETERMINERS:
        i -= 1  # (cut) a | piece of cake
    elif words[0] not in DETERMINERS:
        return False
    if i == 0:
        return False
    verb = toks[i - 1][2].lower()
    return any(lemma not in E.LIGHT_VERBS and verb_file(lemma) in _HANDLING_FILES for lemma in E.lemmas(verb))


@lru_cache(maxsize=1)
def _verb_files() -> dict[str, str]:
    """Verb → the lexicographer file of its most frequent WordNet sense ({} without WordNet)."""
    files = wordnet.lexfiles("verb")
    return {verb: files.get(offsets[0], "") for verb, offsets in (wordnet.index("verb") or {}).items()}


def verb_file(lemma: str) -> str:
    """The WordNet lexicographer file of ``lemma``'s most frequent verb sense ("" if none)."""
    return _verb_files().get(lemma, "")


#: prepositions that put the idiom's object in contact with a physical thing (the ice *on* the
#: pond, corners *off* the bread); not places or occasions, where idioms are used too (broke the
#: ice *over* dinner, *in* the meeting room, *with* a drink)
PHYSICAL_NEXT = frozenset("on off onto into under".split())


def physical_complement(words: tuple[str, ...], src: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether an idiom ending in a noun is followed by a prepositional phrase whose head is a
    concrete noun (:mod:`audit.lang.bilingual.concrete`): its words are then meant literally. An
    idiom that ends in its own preposition (pour cold water *on*) is read the same way from its
    object: a thing that is no person (poured cold water on *the plants*, not on *the proposal* or
    threw the book at *the builder*)."""
    from audit.lang.bilingual.concrete import is_concrete, is_person

    if j >= len(toks):
        return False
    own = words[-1] in PHYSICAL_NEXT
    if own:
        if src[toks[j - 1][1] : toks[j][0]].strip():
            return False  # keep your shirt on, …: punctuation ends the idiom's clause
        first = j
    elif toks[j][2].lower() in PHYSICAL_NEXT and E.is_content(words[-1]):
        first = j + 1
    else:
        return False
    head = ""
    for k in range(first, min(len(toks), first + 4)):
        if k > first and src[toks[k - 1][1] : toks[k][0]].strip():
            break  # punctuation ends the phrase
        low = toks[k][2].lower()
        if low in DETERMINERS or low in POSSESSIVES:
            if head:
                break
            continue
        if not E.is_content(low):
            break
        head = low
    return bool(head) and is_concrete(head) and not (own and is_person(head))


#: WordNet noun files of abstractions a figurative idiom is usually about: 04 act, 07 attribute,
#: 09 cognition, 10 communication, 14 group, 21 possession, 22 process, 26 state
ABSTRACT_FILES = frozenset({"04", "07", "09", "10", "14", "21", "22", "26"})
_NOUN_OPENERS = (
    DETERMINERS | POSSESSIVES | {"this", "that", "these", "those", "some", "all", "one", "every", "each"}
)


def _marked_nouns(toks: list[tuple[int, int, str]], skip: range) -> list[str]:
    """The heads of the sentence's noun phrases outside ``skip``: a word right after a determiner
    or possessive, or after one and an adjective (the *hammer*, his old *boat*), and not itself
    followed by a noun (the *water* tank: a modifier)."""
    out = []
    for k, (_s, _e, tok) in enumerate(toks):
        low = tok.lower()
        if k in skip or k == 0 or not E.is_content(low):
            continue
        prev = toks[k - 1][2].lower()
        if prev not in _NOUN_OPENERS:
            if k < 2 or toks[k - 2][2].lower() not in _NOUN_OPENERS or not _modifier(prev):
                continue
        nxt = toks[k + 1][2].lower() if k + 1 < len(toks) else ""
        if prev not in _NOUN_OPENERS and nxt in _NOUN_OPENERS and not wordnet.senses("adj", prev):
            continue  # the roofer *hit* the nail: a verb after a noun phrase, no compound's head
        if nxt and E.is_content(nxt) and wordnet.senses("noun", nxt):
            continue  # a modifier (the *water* tank, the *central* bank): the head comes next
        out.append(low)
    return out


def _modifier(word: str) -> bool:
    """Whether ``word`` can modify a noun after a determiner: an adjective (his old *boat*) or a
    noun (his winter *coat*, the shop *counter*: the head of the compound follows)."""
    return E.is_content(word) and bool(wordnet.senses("adj", word) or wordnet.senses("noun", word))


def concrete_scene(words: tuple[str, ...], toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether an idiom with a concrete image word (nail, table, goalpost) stands in a scene of
    that thing: another noun-phrase head of the source is named in the image word's WordNet
    glosses or names it in its own (Lesk overlap: the carpenter hit the nail on the head *with a
    hammer* — a nail is "*hammered* into materials"; the groundsmen moved the goalposts to the
    other end *of the field*), or is a whole the image word is a part of (WordNet's part
    holonyms through the whole's hypernyms: his winter *coat* has deep pockets — a pocket is part
    of a garment), and no noun-phrase head of the sentence is an abstraction (WordNet
    act, attribute, cognition, communication, group, possession, process, state: moved the
    goalposts *of the deal*). Such an idiom is meant literally. Without WordNet: never."""
    from audit.lang.bilingual.concrete import is_concrete

    images = [w for w in words if E.is_content(w) and is_concrete(w)]
    if not images:
        return False
    linked = False
    for noun in _marked_nouns(toks, range(i, j)):
        if _first_files(noun) & ABSTRACT_FILES:
            return False
        linked = linked or any(_gloss_link(noun, w) for w in images)
    return linked


def _stem(word: str) -> str:
    return word.lower()[:5]


@lru_cache(maxsize=4096)
def _gloss_stems(word: str) -> frozenset[str]:
    """The stems of the words of the glosses (definitions and examples) of the first three noun
    senses of ``word``'s lemmas."""
    out: set[str] = set()
    for form in E.lemmas(word) or (word,):
        for offset in wordnet.senses("noun", form)[:3]:
            gloss = wordnet.synset_at("noun", offset).gloss
            out.update(_stem(t) for t in re.findall(r"[A-Za-z]{4,}", gloss))
    return frozenset(out)


def _gloss_link(a: str, b: str) -> bool:
    """Whether either noun is named in the other's WordNet glosses (Lesk): *nail* — "a thin pointed
    piece of metal that is *hammered* into materials"."""
    a, b = a.lower(), b.lower()
    if len(a) < 4 or len(b) < 4 or a.startswith(b[:4]) or b.startswith(a[:4]):
        return False  # the idiom's own word again (these *homes* … bring *home* the bacon)
    if _stem(a) in _gloss_stems(b) or _stem(b) in _gloss_stems(a):
        return True
    # one is a part of a kind of the other (a *pocket* is part of a garment, and a *coat* is one)
    return _part_of(b, a) or _part_of(a, b)


#: how many levels of WordNet hypernyms of the whole's first sense are looked at (coat →
#: overgarment → garment → clothing)
HYPERNYM_LEVELS = 3


def _noun_form(word: str) -> str:
    """The first of ``word``'s lemmas that WordNet has as a noun (pockets → pocket; brother stays
    brother, not broth)."""
    return next((f for f in E.lemmas(word) or (word,) if wordnet.senses("noun", f)), "")


@lru_cache(maxsize=4096)
def _part_of(part: str, whole: str) -> bool:
    """Whether WordNet makes one of the first two noun senses of ``part`` a part, member or
    substance of the first noun sense of ``whole`` or of one of its hypernyms up to
    :data:`HYPERNYM_LEVELS` levels (a pocket of a coat, a goalpost of a goal)."""
    pf, wf = _noun_form(part), _noun_form(whole)
    if not pf or not wf:
        return False
    holo = {h for off in wordnet.senses("noun", pf)[:2] for h in wordnet.holonyms(off)}
    level = list(wordnet.senses("noun", wf)[:1])
    for _ in range(HYPERNYM_LEVELS + 1):
        if holo & set(level):
            return True
        level = [h for off in level for h in wordnet.synset_at("noun", off).hypernyms]
    return False


def _first_files(word: str) -> set[str]:
    """The lexicographer files of the first noun sense of ``word``'s lemmas."""
    return {f for form in (E.lemmas(word) or (word,)) for f in wordnet.sense_files("noun", form)[:1] if f}


#: the WordNet verb file of the body (29: sleep, yawn, sweat, breathe): its subject is a living thing
_BODY_FILE = "29"
_AUXILIARIES = frozenset("is are was were has have had been be will would did does".split())


def animal_at_rest(words: tuple[str, ...], toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether an idiom ending in an animal noun (a fat *cat*, a dark *horse*) is the subject of a
    verb of the body (a fat cat *slept* on the counter, the black sheep *was sleeping*): the
    animal itself, not the person or thing the idiom calls one."""
    if not E.is_content(words[-1]) or ANIMAL_FILE not in _first_files(words[-1]):
        return False
    k = j
    while k < len(toks) and toks[k][2].lower() in _AUXILIARIES:
        k += 1
    if k >= len(toks):
        return False
    return any(verb_file(lemma) == _BODY_FILE for lemma in E.lemmas(toks[k][2].lower()))


def literal_here(words: tuple[str, ...], toks: list[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the idiom matched at tokens ``i``–``j`` is meant literally: a thing moved
    (:func:`bare_particle_after`), handled (:func:`handled`), in its own scene
    (:func:`concrete_scene`), or an animal doing what bodies do (:func:`animal_at_rest`)."""
    return (
        bare_particle_after(words, toks, j)
        or handled(words, toks, i)
        or concrete_scene(words, toks, i, j)
        or animal_at_rest(words, toks, j)
    )
