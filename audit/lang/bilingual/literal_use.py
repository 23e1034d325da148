"""Sources that use an idiom's words literally: the thing the idiom names is handled or moved
(she *cut* a piece of cake, he kicked the bucket *over*). Read by
:func:`audit.lang.bilingual.idioms.find_idioms`; WordNet's verb files (Debian ``wordnet``,
BSD-style licence) give the verbs of handling things."""

from __future__ import annotations

from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E

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
    return any(
        lemma not in E.LIGHT_VERBS and _verb_file(lemma) in _HANDLING_FILES for lemma in E.lemmas(verb)
    )


@lru_cache(maxsize=1)
def _verb_files() -> dict[str, str]:
    """Verb → the lexicographer file of its most frequent WordNet sense ({} without WordNet)."""
    files = wordnet.lexfiles("verb")
    return {verb: files.get(offsets[0], "") for verb, offsets in (wordnet.index("verb") or {}).items()}


def _verb_file(lemma: str) -> str:
    return _verb_files().get(lemma, "")


#: prepositions that put the idiom's object in contact with a physical thing (the ice *on* the
#: pond, corners *off* the bread); not places or occasions, where idioms are used too (broke the
#: ice *over* dinner, *in* the meeting room, *with* a drink)
PHYSICAL_NEXT = frozenset("on off onto into under".split())


def physical_complement(words: tuple[str, ...], src: str, toks: list[tuple[int, int, str]], j: int) -> bool:
    """Whether an idiom ending in a noun is followed by a prepositional phrase whose head is a
    concrete noun (:mod:`audit.lang.bilingual.concrete`): its words are then meant literally."""
    from audit.lang.bilingual.concrete import is_concrete

    if j >= len(toks) or toks[j][2].lower() not in PHYSICAL_NEXT or not E.is_content(words[-1]):
        return False
    head = ""
    for k in range(j + 1, min(len(toks), j + 5)):
        if src[toks[k - 1][1] : toks[k][0]].strip():
            break  # punctuation ends the phrase
        low = toks[k][2].lower()
        if low in DETERMINERS or low in POSSESSIVES:
            if head:
                break
            continue
        if not E.is_content(low):
            break
        head = low
    return bool(head) and is_concrete(head)
