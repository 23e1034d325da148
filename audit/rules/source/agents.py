"""HI512, a hand laid on a thing by what has no hands: a verb of touch, eating or the body whose
subject is an organisation or an abstraction and whose object is a physical thing (*the government
threw the unions a bone*, *the board bit the bullet*, *the regime muzzled the press*, *the party is
shaking the tree for donors*), rendered in the MT by that thing's literal Hindi (हड्डी, गोली,
पेड़).

The class, not a list: a union cannot literally tip a hand, nor a bank fleece a sheep, so a
physical act on a physical thing done by what is neither a person nor an animal is an image
whatever the idiom — it needs no inventory. Read from the source:

* the verb: its commonest WordNet sense is one of touch (verb.contact: *throw*, *pull*, *bite*),
  eating (verb.consumption: *feed*, *eat*) or the body (verb.body) — not a verb an organisation
  does literally (*buy*, *build*, *win*, *send*: possession, creation, competition, motion);
* its subject — the noun right before it, past auxiliaries and adverbs, or the subject of the verb
  an infinitive hangs on (*the union refused to tip*) — is an organisation or an abstraction in its
  commonest sense (WordNet's noun files: acts, communication, cognition, possession …; a group only
  under *organization*, and no family, team, force or community of people that act with their
  hands: *the village planted trees*), no person, no thing, no natural force (*the wind blew the
  roof*), no capitalised name;
* its object — the head of the noun phrase after it, or after one preposition — is a body part,
  an animal, a food, a plant, a substance or a hand-held artifact in its commonest sense: no
  structure or facility an organisation opens, closes or cleans (*the police closed the station*);
* no literal scene: no other physical thing or place stands in the sentence (*the army built a road
  to the river*).

The MT must hold the object's literal one-word Hindi (the dictionary's noun senses, the idiom
glossary's nouns: :func:`audit.rules.source.copular.rendered_alone`) at a word that renders no other
content word of the source.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import GROUP_FILE, commonest_file, is_concrete, is_person
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import content_words, stem_key
from audit.lang.bilingual.phrasal_image import gloss_positions
from audit.lang.bilingual.phrasal_objects import head_after, noun_reading
from audit.rules.source.copular import rendered_alone

#: WordNet noun files of an object an organisation cannot literally act on: 05 animal, 06
#: artifact, 08 body, 13 food, 20 plant, 27 substance
OBJECT_FILES = frozenset({"05", "06", "08", "13", "20", "27"})
#: WordNet noun files of an agent that is no person, thing or force: 03 Tops, 04 act, 07
#: attribute, 09 cognition, 10 communication, 11 event, 12 feeling, 14 group, 16 motive, 21
#: possession, 22 process, 23 quantity, 24 relation, 26 state
AGENT_FILES = frozenset({"03", "04", "07", "09", "10", "11", "12", "14", "16", "21", "22", "23", "24", "26"})
#: a group agent is an organisation (WordNet's hypernym) …
ORGANISATION = frozenset({"organization"})
#: … but none of people who act with their hands
HANDS = frozenset({"family", "force", "team", "gathering", "community", "people"})
#: an artifact under these is a place or a vehicle an organisation runs (a station, a factory, an
#: office, a room, a road, a boat, a sea wall)
PLACES = frozenset(
    {
        "structure",
        "facility",
        "way",
        "establishment",
        "building",
        "building_complex",
        "housing",
        "area",
        "conveyance",
    }
)
#: WordNet's noun file of artifacts
ARTIFACT_FILE = "06"
#: noun files of a thing or place in the scene (THING_FILES and 19 phenomenon: a storm, a flood)
SCENE_FILES = frozenset({"05", "06", "08", "13", "15", "17", "19", "20", "27"})
#: words between a subject and its verb
AUXILIARIES = frozenset(
    """is was are were be been being has have had will would shall should could may might must can do does
    did not never also just still already now finally only often even again then""".split()
)
#: prepositions an object may follow (poke at, step on a rake)
PREPOSITIONS = frozenset("on at into over off from with in".split())
#: relative pronouns: the subject is the noun before them
RELATIVES = frozenset("who which that".split())


@lru_cache(maxsize=4096)
def _act(verb: str) -> bool:
    files = wordnet.sense_files("verb", verb)
    return bool(files) and files[0] in wordnet.PHYSICAL_ACT_VERB_FILES


@lru_cache(maxsize=4096)
def object_thing(word: str) -> bool:
    """Whether the noun names, in its commonest sense, a thing an organisation cannot literally
    act on: a body part, an animal, a food, a plant, a substance, an artifact that is no place."""
    first_file = commonest_file(word)
    if not is_concrete(word) or first_file not in OBJECT_FILES:  # a person's commonest file is none of them
        return False
    if first_file != ARTIFACT_FILE:
        return True
    for lemma in E.lemmas(word):
        first = wordnet.first_sense("noun", lemma)
        if first is not None:
            return not wordnet.noun_under(first, PLACES)
    return False


@lru_cache(maxsize=4096)
def abstract_agent(word: str) -> bool:
    """Whether the noun names, in its commonest sense, an organisation or an abstraction (the
    union, the board, the inquiry, the leak): no person, thing or natural force; an abstraction
    must name no thing in its second sense either (a *thorn* is an irritation before it is a
    plant)."""
    if is_person(word):
        return False
    first = commonest_file(word)
    if first == GROUP_FILE:
        return _organisation(word)
    return first in AGENT_FILES and not is_concrete(word)


def _organisation(word: str) -> bool:
    """Whether the group noun's commonest sense is an organisation that does not act with its hands
    (a union, a government, a board, a firm): no community, family, team or force of people (the
    village planted trees, the police seized a boat)."""
    for lemma in E.lemmas(word):
        senses = wordnet.senses("noun", lemma)[
            :3
        ]  # the finance *ministry*: a priesthood and a building first
        if senses:
            return not wordnet.noun_under(senses[0], HANDS) and any(
                wordnet.noun_under(o, ORGANISATION) and not wordnet.noun_under(o, HANDS) for o in senses
            )
    return False


def _verb_at(toks: list[tuple[int, int, str]], lows: list[str], i: int) -> str | None:
    """The lemma of the verb of touch, eating or the body at token ``i`` (an uninflected word that
    is a noun too must follow *to* or an auxiliary)."""
    low = lows[i]
    if not E.is_content(low) or (i and noun_reading(toks, i)):
        return None
    for lemma in E.lemmas(low):
        if lemma in E.LIGHT_VERBS:
            return None  # *went* pear-shaped, *came* cap in hand: a light verb lends no image
        if not _act(lemma) or not _verb_form(low, lemma):
            continue
        if lemma == low and wordnet.senses("noun", low) and not (i and lows[i - 1] in AUXILIARIES | {"to"}):
            return None  # *the bank's stone building*: a noun
        return lemma
    return None


def _verb_form(word: str, lemma: str) -> bool:
    """Whether ``word`` can be a form of the verb ``lemma`` (a *miller* is no form of *mill*)."""
    return word == lemma or word.endswith(("s", "ed", "ing")) or lemma in E.irregular_lemmas(word)


def subject(toks: list[tuple[int, int, str]], lows: list[str], i: int) -> int | None:
    """Index of the subject of the verb at ``i``: the noun right before it past auxiliaries and
    adverbs, or before the verb an infinitive hangs on (*the union refused to tip*), or before a
    relative pronoun; None when none is found."""
    k = i - 1
    for _ in range(3):
        while k >= 0 and (
            lows[k] in AUXILIARIES or lows[k].endswith("ly") and wordnet.senses("adv", lows[k])
        ):
            k -= 1
        if k >= 0 and lows[k] == "to":
            k -= 2  # refused *to* tip: past the verb the infinitive hangs on
            continue
        if k >= 0 and lows[k] in RELATIVES:
            k -= 1
            continue
        break
    if k < 0 or not E.is_content(lows[k]) or (k > 0 and toks[k][2][:1].isupper()):
        return None
    if k and not noun_reading(toks, k) or not k and wordnet.senses("adj", lows[k]):
        return None  # *protesters threw* stones: a verb; *clean* drinking water: an adjective
    m = k
    while m > 0 and (lows[m - 1] in E.DETERMINERS or lows[m - 1].endswith(("'s", "’s"))):
        m -= 1
    if m > 1 and lows[m - 1] in PREPOSITIONS | {"of"}:
        return (
            None  # *the children of the school* planted, the mill *in the village* runs: the head is before
        )
    return k if commonest_file(lows[k]) is not None else None


def _scene(toks: list[tuple[int, int, str]], lows: list[str], skip: set[int]) -> bool:
    """Whether a noun outside ``skip`` (after a determiner, a number or a preposition: *by boat*)
    names a physical thing or a place in its commonest sense."""
    return any(
        x not in skip
        and x > 0
        and (noun_reading(toks, x) or lows[x - 1] in PREPOSITIONS | {"by", "to", "of"})
        and E.is_content(w)
        and not _modifier(lows, x)
        and not (lows[x - 1] in RELATIVES and x > 1 and E.is_content(lows[x - 2]))  # the hand that *feeds*
        and commonest_file(w) in SCENE_FILES
        for x, w in enumerate(lows)
    )


def _modifier(lows: list[str], x: int) -> bool:
    """Whether the word at ``x`` is an adjective or a participle before a content word (a *small*
    bonus, its *opening* night): a quality, not a thing."""
    w = lows[x]
    return (
        x + 1 < len(lows)
        and E.is_content(lows[x + 1])
        and (bool(wordnet.senses("adj", w)) or w.endswith("ing"))
    )


def _rendered(d: Dictionary, word: str, mt_keys: list[str]) -> bool:
    """Whether the MT holds a one-word Hindi of the English word (any part of speech)."""
    keys: set[tuple[str, ...]] = {
        sense.keys for lemma in E.lemmas(word) for sense in d.senses(lemma) if len(sense.keys) == 1
    }
    return bool(gloss_positions(keys, mt_keys))


def find(src: str, mt: str, d: Dictionary) -> list[tuple[int, int, str, str]]:
    """(start, end, the English verb and object as written, the object) of the source's physical
    acts done by an organisation or an abstraction, whose object's literal Hindi the MT holds."""
    toks = E.tokens(src)
    lows = [t[2].lower() for t in toks]
    found: list[tuple[int, int, str, list[str]]] = []
    for i in range(1, len(toks)):
        verb = _verb_at(toks, lows, i)
        if verb is None:
            continue
        s = subject(toks, lows, i)
        if s is None or not abstract_agent(lows[s]):
            continue
        j = i + 1 + (i + 1 < len(toks) and lows[i + 1] in PREPOSITIONS)
        stop = next((x for x in range(j, len(toks)) if lows[x] in RELATIVES), len(toks))
        head, end = head_after(toks[:stop], j, src)  # the hand *that* feeds it: the clause ends it
        if not head or toks[end - 1][2][:1].isupper() or not object_thing(head):
            continue  # *at India Gate*: a name
        if end < len(toks) and lows[end] == "of":
            continue  # *seeds of doubt*: a part or kind of what follows
        if _scene(toks, lows, {s, *range(i, end)}):
            continue
        modifiers = [w for w in lows[j : end - 1] if E.is_content(w) and wordnet.senses("adj", w)]
        found.append((i, end - 1, head, modifiers))
    if not found:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    out = []
    for first, last, head, modifiers in found:
        if modifiers and not any(_rendered(d, m, mt_keys) for m in modifiers):
            continue  # पानी फेरना for *poured cold water*: Hindi's own idiom keeps the noun alone
        pos = rendered_alone(d, lows, first, last, head, mt_keys)
        if pos:
            p = min(pos)
            out.append((mt_words[p][0], mt_words[p][1], src[toks[first][0] : toks[last][1]], head))
    return out
