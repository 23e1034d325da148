"""HI512, similes rendered word for word: an English simile of the source (*as keen as mustard*,
*sick as a parrot*, *as daft as a brush*) whose thing the MT names in a Hindi comparison (सरसों
जितना उत्सुक, तोते की तरह बीमार, ब्रश जितना मूर्ख).

The class, not a list: any *as ADJECTIVE as a THING* in the source, or *ADJECTIVE as a THING*
after a verb of being (*was*, *stayed*, *looked*): the adjective is WordNet's, the thing a noun
naming a physical thing (:func:`audit.lang.bilingual.concrete.is_concrete`), no person; and
*like a THING* whose thing is a set image — a modifier before it or a phrase after it (*like a
bull in a china shop*, *like a sore thumb*, *like a rabbit in the headlights*): a bare *like a
needle* is a plain comparison Hindi makes with the same thing (सुई की तरह चुभती), and *looks
like*, *feels like* compare appearances. English
keeps such similes fixed and figurative; Hindi has its own for most qualities (बेहद उत्सुक, सनकी),
so the thing's literal Hindi (the dictionary's or the idiom glossary's, or its transcription)
right before a Hindi word of comparison (जितना, जैसा, की तरह, समान, सा) is the English image
carried over. A simile whose adjective is the thing's own quality in WordNet's definitions of it
(*as sweet as honey* — "a sweet yellow liquid", *as light as a feather*, *as hard as a rock*)
stays silent: Hindi compares by the same quality (शहद जैसा मीठा), and the image is no calque.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import is_concrete
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import content_words, fold, stem_key, words
from audit.lang.bilingual.idioms import Transcriber, glossary_keys
from audit.lang.bilingual.phrasal_image import gloss_positions, noun_keys, readings_elsewhere

#: verbs of being before *ADJECTIVE as a THING* (he was *sick as a parrot*)
BEING = frozenset(
    "be is are was were been being am stay stays stayed staying remain remains remained look looks "
    "looked seem seems seemed feel feels felt become becomes became grow grew get got keep kept".split()
)
#: Hindi words of comparison after the thing (सरसों *जितना*, तोते *की तरह*, पत्थर *जैसा*)
COMPARISON = frozenset(fold(w) for w in "जितना जितनी जितने जैसा जैसी जैसे तरह समान सा सी भांति मानिंद".split())
#: words before *like* that make it a resemblance (looks like a ship) or a wish (would like a)
RESEMBLANCE = frozenset(
    """would look looks looked looking seem seems seemed feel feels felt feeling sound sounds
    sounded taste tastes tasted smell smells smelled something nothing anything just much more""".split()
)
#: prepositions that open a set image's phrase after its thing (a bull *in* a china shop)
_IMAGE_PREPOSITIONS = frozenset("in on of out at with without under".split())
#: how many words after the thing the comparison word may stand (तोते की *तरह*)
REACH = 2
_ARTICLES = frozenset(("a", "an", "the"))


def _similes(src: str) -> list[tuple[int, int, int, int]]:
    """(start, end, adjective token — -1 for *like* —, thing token) of the source's similes (see
    the module)."""
    toks = E.tokens(src)
    low = [t[2].lower() for t in toks]
    adjectives = wordnet.lemmas("adj") or frozenset()
    out = []
    for k in range(1, len(low) - 1):
        if low[k] != "as" or low[k - 1] not in adjectives:
            continue
        opened = k >= 2 and low[k - 2] == "as"
        if not opened and (k < 2 or low[k - 2] not in BEING):
            continue
        n = k + 1
        if n < len(low) and low[n] in _ARTICLES:
            n += 1
        if not opened and n == k + 1:
            continue  # was seen as weak: no article, no simile
        while (
            n + 1 < len(low)
            and low[n] in adjectives
            and low[n + 1] not in _ARTICLES
            and wordnet.senses("noun", low[n + 1])
        ):
            n += 1  # as mad as a March hare: the thing is the last word of its noun phrase
        if n >= len(low) or toks[n][2][:1].isupper() or not is_concrete(low[n]) or _person_first(low[n]):
            continue
        between = src[toks[k][1] : toks[n][0]]
        if any(t in E.NUMBER_WORDS for t in low[k + 1 : n + 1]) or any(c.isdigit() for c in between):
            continue  # as high as ten feet: a measure
        start = toks[k - 2][0] if opened else toks[k - 1][0]
        out.append((start, toks[n][1], k - 1, n))
    return out + _like_similes(toks, low)


def _like_similes(toks: list[tuple[int, int, str]], low: list[str]) -> list[tuple[int, int, int, int]]:
    """(start, end, -1, thing token) of *like a THING* with a set image (see the module)."""
    out = []
    for k in range(1, len(low) - 2):
        if low[k] != "like" or low[k + 1] not in ("a", "an") or low[k - 1] in RESEMBLANCE:
            continue
        n = k + 2
        while n + 1 < len(low) and E.is_content(low[n + 1]) and wordnet.senses("noun", low[n + 1]):
            n += 1  # like a lead balloon, a sore thumb: the thing is the last noun of the phrase
        modified = n > k + 2
        phrase = n + 2 < len(low) and low[n + 1] in _IMAGE_PREPOSITIONS
        if not (modified or phrase) or toks[n][2][:1].isupper():
            continue
        if not is_concrete(low[n]) or _person_first(low[n]):
            continue
        out.append((toks[k][0], toks[n][1], -1, n))
    return out


def _person_first(noun: str) -> bool:
    """Whether the noun's most frequent sense is a person (*a judge*, *a hatter*; not *a parrot*,
    whose second sense is a copycat)."""
    return any(wordnet.sense_files("noun", form)[:1] == [wordnet.PERSON_FILE] for form in E.lemmas(noun))


@lru_cache(maxsize=4096)
def quality_of(adjective: str, thing: str) -> bool:
    """Whether WordNet's definitions of the thing's first senses name the adjective (honey: "a
    sweet yellow liquid"; feather: "the light horny … structure")."""
    for form in E.lemmas(thing):
        for offset in wordnet.senses("noun", form)[:3]:
            gloss = wordnet.synset_at("noun", offset).gloss.split('"')[0].lower()
            if re.search(rf"\b{re.escape(adjective)}\b", gloss):
                return True
    return False


def find(
    src: str, mt: str, d: Dictionary, transcribed: Transcriber | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, the English simile as written, its thing) of the source's similes whose
    thing the MT names before a Hindi word of comparison."""
    toks = [t[2].lower() for t in E.tokens(src)]
    similes = [x for x in _similes(src) if x[2] < 0 or not quality_of(toks[x[2]], toks[x[3]])]
    if not similes:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    all_words = words(mt)
    out = []
    for start, end, adjective, n in similes:
        thing = toks[n]
        keys: set[tuple[str, ...]] = set()
        for form in E.lemmas(thing):
            keys |= noun_keys(d, form) | set(glossary_keys(form))
        pos = gloss_positions(keys, mt_keys)
        if transcribed is not None:
            pos |= transcribed(thing, mt_words)
        pos -= readings_elsewhere(d, toks, (adjective, n), mt_keys)
        for p in sorted(pos):
            s, e, _w = mt_words[p]
            after = [fold(w) for ws, _we, w in all_words if ws >= e][: REACH + 1]
            if any(w in COMPARISON for w in after):
                out.append((s, e, src[start:end], thing))
                break
    return out
