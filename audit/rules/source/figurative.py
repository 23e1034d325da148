"""HI512, figurative WordNet lemmas: a multiword English lemma of the source whose WordNet
definitions use none of one of its image words (brain drain: "depletion or loss of intellectual
and technical personnel"; top dog: "a person who is in charge"; poison pill: "the target company
defends itself by making its stock less attractive to an acquirer"), rendered in the MT by that
word's literal Hindi (दिमाग़ की नाली, शीर्ष कुत्ता, ज़हर की गोली).

The class, not a list: any multiword noun or verb of WordNet (read at run time from the system's
WordNet, :mod:`audit.lang.wordnet`) found in the source in any inflection. An image word is one
the meaning does not need when

* it is a content word that names a thing (:func:`audit.lang.bilingual.concrete.is_concrete`:
  dog, pill, grass, brain), not a light verb, and
* no definition of any sense of the lemma holds it (a lemma with a literal sense — *fire sale*,
  "a sale of merchandise supposedly damaged by fire"; *nest egg*, "an artificial egg left in a
  nest" — stays silent: its words may be meant as they are);

and the MT holds its literal Hindi (the dictionary's or the idiom glossary's, or its
transcription) at a word that translates neither a source word outside the lemma nor a word of
the lemma's definitions (*straw poll*: मतदान renders "vote" of the definition; पुआल renders
only *straw*). A rendering of transcriptions alone (वाइल्ड कार्ड) is the term borrowed whole, no
calque; a capitalised word inside the sentence makes the lemma a name (the White Knights).

A compound that is a kind of its head, or stays in its head's class, can still carry an image in
its modifier (round 18: *horse sense* is sense, *salad days* days, *monkey business* business,
*sea change* a change): the modifier is an image when it is an animal, a food, a natural object or
a plant (its commonest noun sense), shares no lexicographer file with the compound, and no
definition (asides cut: the etymology of *pipe dream*) says it or the head, or names any physical
thing; every sense of the compound names no physical thing and no group (:func:`_unneeded_modifiers`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import commonest_file, is_concrete
from audit.lang.bilingual.hindi import content_words, stem_key
from audit.lang.bilingual.idioms import SPATIAL_NEXT, Transcriber, established, glossary_keys
from audit.lang.bilingual.literal_use import literal_here, physical_complement
from audit.rules.source.common import dictionary

#: WordNet parts of speech searched: multiword nouns (brain drain). Verb lemmas (come home, wash
#: one's hands, go fishing) are as often meant literally and are left to the idiom inventory.
POS = ("noun",)
#: the MT words of one rendering lie within this many content words
WINDOW = 4
#: possessive slot of WordNet's verb lemmas (grease one's palms)
_POSSESSIVE = "one's"
_POSSESSIVES = frozenset("my your his her its our their".split())
#: senses of an image word whose synonyms and hypernyms count as the definition saying it
SENSES = 4
#: hypernym levels between a compound and its head (fishing boat → vessel … boat)
LEVELS = 4


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """First word → (words, part of speech) of WordNet's multiword lemmas ({} without WordNet)."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    skip = established()
    adjectives = wordnet.lemmas("adj") or frozenset()
    for pos in POS:
        for lemma in wordnet.lemmas(pos) or ():
            if "_" not in lemma and "-" not in lemma:
                continue
            words = tuple(w for w in re.split(r"[_\-]", lemma) if w)
            if (
                len(words) < 2
                or " ".join(words) in skip
                or not all(w.isalpha() or w == _POSSESSIVE for w in words)
            ):
                continue
            if any(w in adjectives for w in words[:-1]):
                continue  # white horse, hot water, live wire: an adjective's compound is read as it stands
            out.setdefault(words[0], []).append((words, pos))
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=8192)
def _definitions(lemma: str, pos: str) -> tuple[str, ...]:
    """The definitions (quoted examples cut off) of every sense of a WordNet lemma."""
    out = []
    for offset in wordnet.senses(pos, lemma):
        gloss = wordnet.synset_at(pos, offset).gloss
        out.append(gloss.split('"')[0].strip(" ;"))
    return tuple(out)


def _definition_lemmas(definitions: tuple[str, ...]) -> set[str]:
    return {lemma for text in definitions for _s, _e, t in E.tokens(text) for lemma in E.lemmas(t.lower())}


def _relatives(word: str) -> set[str]:
    """The word, its synonyms and its senses' direct hypernyms (boat: vessel; air: atmosphere):
    the words a definition says it with."""
    out = set(E.lemmas(word))
    for lemma in E.lemmas(word):
        for offset in wordnet.senses("noun", lemma)[:SENSES]:
            syn = wordnet.synset_at("noun", offset)
            out.update(syn.lemmas)
            for h in syn.hypernyms:
                out.update(wordnet.synset_at("noun", h).lemmas)
    return out


def _is_a(words: tuple[str, ...], pos: str, head: str) -> bool:
    """Whether a sense of the lemma is a kind of a sense of its head (a fishing boat is a boat;
    a loan shark is no shark): WordNet's hypernyms, a few levels up."""
    heads = {o for lemma in E.lemmas(head) for o in wordnet.senses("noun", lemma)}
    frontier = list(wordnet.senses(pos, "_".join(words)))
    for _ in range(LEVELS):
        frontier = [h for o in frontier for h in wordnet.synset_at(pos, o).hypernyms]
        if heads & set(frontier):
            return True
    return False


def _category_jump(words: tuple[str, ...], head: str) -> bool:
    """Whether no sense of the noun lemma lies in a lexicographer file of a sense of its head
    (top dog is noun.person, a dog noun.animal; a snow leopard is noun.animal like a leopard)."""
    own = set(wordnet.sense_files("noun", "_".join(words)))
    heads = {f for lemma in E.lemmas(head) for f in wordnet.sense_files("noun", lemma)}
    return bool(own) and bool(heads) and not own & heads


def unneeded_images(words: tuple[str, ...], pos: str) -> tuple[str, ...]:
    """The image words of a WordNet lemma its meaning does not need (see the module): of a
    noun, a word no definition says (itself, a synonym or a hypernym) whose head the lemma is not
    a kind of; of a verb, the nouns after the verb."""
    defs = _definitions("_".join(words), pos)
    if not defs:
        return ()
    used = _definition_lemmas(defs)
    if pos == "noun" and (_is_a(words, pos, words[-1]) or not _category_jump(words, words[-1])):
        return _unneeded_modifiers(words, defs)
    candidates = words[1:] if pos == "verb" else words
    return tuple(
        w
        for w in dict.fromkeys(candidates)
        if E.is_content(w)
        and w not in E.LIGHT_VERBS
        and w != _POSSESSIVE
        and is_concrete(w)
        and not _relatives(w) & used
    )


#: WordNet's lexicographer files of nouns that name no physical thing (act, attribute,
#: cognition, communication, event, feeling, motive, person, phenomenon, possession, process,
#: relation, state, time). Not noun.group: institutions (*shadow cabinet*, *bus service*) are
#: named in Hindi by the calque itself (छाया मंत्रिमंडल)
ABSTRACT_FILES = frozenset("04 07 09 10 11 12 16 18 19 21 22 24 26 28".split())
#: a parenthetical aside of a definition (an etymology, a domain: "(from fantasies induced by
#: the opium pipe)", "(as midnight to 8 a.m.)"): not what the lemma means
_ASIDE = re.compile(r"\([^)]*\)")


#: lexicographer files of nouns that name a physical thing or a place (animal, artifact, body,
#: food, location, object, plant, substance)
PHYSICAL_FILES = frozenset("05 06 08 13 15 17 20 27".split())


#: lexicographer files of an image modifier: animals, foods, natural objects, plants (*monkey*
#: business, *salad* days, *sea* change, *seed* money), the things idioms are made of; a modifier
#: that is an artefact, a body part or an act (*entrance* exam, *muscle* spasm, *art* student) is
#: as often the head's own argument, said in Hindi by the same compound (प्रवेश परीक्षा)
IMAGE_FILES = frozenset("05 13 17 20".split())


def first_noun_file(word: str) -> str | None:
    """The lexicographer file of the word's commonest noun sense (None when it is no noun)."""
    return commonest_file(word)


def _names_thing(word: str) -> bool:
    """Whether the word's commonest sense as a noun names a physical thing or a place (port,
    eyelid, vessel; not hope, night, behaviour)."""
    for lemma in E.lemmas(word):
        files = wordnet.sense_files("noun", lemma)
        if E.is_content(word) and files and files[0] in PHYSICAL_FILES:
            return True
    return False


def _unneeded_modifiers(words: tuple[str, ...], defs: tuple[str, ...]) -> tuple[str, ...]:
    """Of a noun compound that is a kind of its head or stays in its head's class (a *pipe dream*
    is a dream, a *graveyard shift* a shift, *monkey business* behaviour like business): the
    thing-naming modifiers no definition says, asides cut (*pipe*: "a fantastic but vain hope";
    *graveyard*: "the work shift during the night"), when no sense of the compound names a
    physical thing or a group (a hope, a time, a person): the modifier is the compound's image,
    not its meaning. A compound with a sense that is a thing (*sea lion*, *dust cover*) may be
    meant as it stands, and a definition that says the modifier (*dog food*, "food prepared for
    dogs") keeps it literal."""
    files = wordnet.sense_files("noun", "_".join(words))
    if not files or not all(f in ABSTRACT_FILES for f in files):
        return ()
    plain = tuple(_ASIDE.sub(" ", d) for d in defs)
    if any(_names_thing(t.lower()) for d in plain for _s, _e, t in E.tokens(d)):
        return ()  # an eye infection, "of the eyelid"; a dock worker, "vessels in a port": things
    used = _definition_lemmas(plain)
    if set(E.lemmas(words[-1])) & used:
        return ()  # rock music, "a genre of popular music": the head is the meaning, the modifier its kind
    return tuple(
        w
        for w in dict.fromkeys(words[:-1])
        if E.is_content(w)
        and first_noun_file(w) in IMAGE_FILES
        and not set(files) & {f for lemma in E.lemmas(w) for f in wordnet.sense_files("noun", lemma)}
        and not _relatives(w) & used
    )


def _token_matches(pattern: str, token: str) -> bool:
    low = token.lower()
    if pattern == _POSSESSIVE:
        return low in _POSSESSIVES or low.endswith("'s")
    return low == pattern or pattern in E.lemmas(low)


def find_lemmas(src: str) -> tuple[tuple[int, int, tuple[str, ...], str], ...]:
    """(start, end, words, part of speech) of WordNet multiword lemmas in ``src`` (longest first,
    non-overlapping); a lemma with a capitalised word inside the sentence is a name."""
    toks = E.tokens(src)
    index = _by_first_word()
    found: list[tuple[int, int, tuple[str, ...], str]] = []
    for i, (s, _e, tok) in enumerate(toks):
        for first in E.lemmas(tok.lower()):
            for words, pos in index.get(first, ()):
                j = i + len(words)
                if j > len(toks):
                    continue
                span = toks[i:j]
                if not all(_token_matches(w, t[2]) for w, t in zip(words, span, strict=True)):
                    continue
                if any(t[2][:1].isupper() for t in span[1:]) or (i and tok[:1].isupper()):
                    continue
                # the words stand together: nothing but a space or a hyphen between them
                if any(src[a[1] : b[0]] not in {" ", "-"} for a, b in zip(span, span[1:], strict=False)):
                    continue
                if j < len(toks) and toks[j][2].lower() in SPATIAL_NEXT | {"of"}:
                    continue  # the cake *of* rice, the ball *into* the net: a thing, meant literally
                if physical_complement(words, src, toks, j) or literal_here(words, toks, i, j):
                    continue  # pulled the plug *from the socket*: a thing, meant literally
                found.append((s, span[-1][1], words, pos))
    found.sort(key=lambda m: (-(m[1] - m[0]), m[0]))
    kept: list[tuple[int, int, tuple[str, ...], str]] = []
    for m in found:
        if not any(m[0] < k[1] and k[0] < m[1] for k in kept):
            kept.append(m)
    return tuple(sorted(kept))


def _keys(word: str) -> set[str]:
    """Single-word stem keys of the word's literal Hindi (dictionary and idiom glossary)."""
    d = dictionary()
    keys = {k[0] for k in glossary_keys(word) if len(k) == 1}
    if d is not None:
        keys |= {k[0] for lemma in E.lemmas(word) for k in d.keys(lemma) if len(k) == 1}
    return keys


def renderings(src: str, mt: str, transcribed: Transcriber) -> list[tuple[int, int, str, str]]:
    """(start, end, English lemma as written, image words) of the source's figurative WordNet
    lemmas rendered by their unneeded image words' literal Hindi in ``mt``."""
    lemmas = find_lemmas(src)
    if not lemmas:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    toks = E.tokens(src)
    out = []
    for start, end, words, pos in lemmas:
        images = unneeded_images(words, pos)
        if not images:
            continue
        # MT words another source word, or the lemma's own definitions, account for
        other: set[str] = set()
        for _s, _e, t in toks:
            if (_e <= start or _s >= end) and E.is_content(t):
                other |= _keys(t.lower())
        for lemma in _definition_lemmas(
            tuple(_ASIDE.sub(" ", d) for d in _definitions("_".join(words), pos))
        ):
            if E.is_content(lemma):
                other |= _keys(lemma)
        hits: dict[int, str] = {}
        translated = False
        for w in images:
            keys = _keys(w) - other
            for p, k in enumerate(mt_keys):
                if k in keys:
                    hits[p] = w
                    translated = True
            for p in transcribed(w, mt_words):
                if mt_keys[p] not in other:
                    hits.setdefault(p, w)
        if not hits or not translated:
            continue
        # the other words of the lemma rendered nearby widen the span (शीर्ष कुत्ता)
        anchor = min(hits)
        span = {anchor}
        for w in words:
            for p, k in enumerate(mt_keys):
                if abs(p - anchor) <= WINDOW and k in _keys(w):
                    span.add(p)
        lo, hi = min(span), max(span)
        out.append(
            (mt_words[lo][0], mt_words[hi][1], src[start:end], ", ".join(dict.fromkeys(hits.values())))
        )
    return out


#: particles read as prepositions of their own (about a topic, by a place, around a thing): a
#: phrasal verb's particle keeps that sense when WordNet's definition uses the word itself
OWN_SENSE_PARTICLES = frozenset("about by around across off".split())


def particle_meant(verb: str, particle: str) -> bool:
    """Whether WordNet's definitions of the phrasal verb use its particle as a word (write about:
    "write about a particular topic"), so the particle's own Hindi (के बारे में) is the right one;
    bring about ("cause to happen") does not."""
    if particle not in OWN_SENSE_PARTICLES:
        return False
    defs = _definitions(f"{verb}_{particle}", "verb")
    return any(particle in (t.lower() for _s, _e, t in E.tokens(text)) for text in defs)
