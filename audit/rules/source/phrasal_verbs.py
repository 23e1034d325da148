"""HI512, phrasal verbs rendered by their verb's own Hindi: a phrasal verb of the source whose
meaning has nothing of its verb (cough up, "pay reluctantly"; weed out, "remove unwanted
elements"; polish off, "finish eating all the food"; peter out, "diminish gradually"), rendered
in the MT by the verb's literal Hindi or its transcription (खांसकर निकालने, की निराई कर दी,
चमकाकर हटा दीं, पीटर होकर) — whatever the MT does with the particle.

The class, not a list: any two-word verb of WordNet with a particle (read at run time, about
1,500), found in the source in any inflection with up to three words between the verb and its
particle. The verb is an image when no definition of any sense of the phrasal verb uses the verb,
a synonym or a hypernym of one of its first senses (:func:`verb_unneeded`: *carry on* "continue",
not *carry over* "transfer"); a light verb (get, take, come …) never is. The MT word must hold the
verb's literal Hindi (the dictionary's or the idiom glossary's, verb and noun senses: *beef*
गोमांस; any form of a one-word infinitive: मथकर of मथना for *churned out*) or a transcription of
it, and

* not render another content word of the source or a word of the phrasal verb's definitions
  (*drag on*, "last longer than expected": a Hindi word for *last* is the meaning);
* not be among the dictionary's own Hindi for the phrasal verb (its entry, where it has one);
* be an uncommon Hindi word (wordfreq Zipf below :data:`IMAGE_ZIPF`): a common Hindi verb
  (टूट, गिर, देख, भर) has figurative senses of its own, as the English one does (वार्ता टूट गई
  for *the talks broke down* is Hindi's own) — unless the dictionary gives the word for the verb's
  English only as a noun or an adjective (*rounded up* → गोल, *glossed over* → चमक): no Hindi
  verb at all, however common;
* not translate a one-word WordNet synonym of the phrasal verb (:func:`synonym_verbs`: ऊंघ for
  *nodded off*, *doze off*), nor spell another word of the source (फ़र्म for *firm* beside
  *farmed out*).

A verb used literally stays silent: an object naming a physical thing or a place between the
verb and its particle or right after it (*polished off the rust from the car*; a thing before a
noun that names none modifies it: *spun off its cement business* is a business), as
:mod:`audit.lang.bilingual.phrasal_image` reads it; a verb of motion (WordNet's verb.motion)
whose particle ends its clause (*the witness tripped up*, *he climbed up*: a body may move so); a
particle that is a preposition after an object (*bought a stake in* the firm; one that ends the
clause is none: *egged the bowler on.*) or is followed by
*of* / *from* (*jumped out of the bag*); a word that is also another verb whose phrasal verb
is meant as it stands (*lay down*: lie down); and a passive (*the form must be filled in*: the
thing acted on stands before the verb, where the object test cannot read it).
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import THING_FILES, is_concrete, is_place
from audit.lang.bilingual.freedict import MAX_GLOSS_WORDS, Dictionary
from audit.lang.bilingual.hindi import content_words, fold, stem_key
from audit.lang.bilingual.idioms import Transcriber, glossary_hindi, glossary_keys
from audit.lang.bilingual.phrasal_image import (
    gloss_positions,
    readings_elsewhere,
    spelled_elsewhere,
    verb_between,
)
from audit.lang.frequency import zipf_hi
from audit.lang.inflection import verb_forms
from audit.rules.source.figurative import first_noun_file

#: particles of the phrasal verbs looked at
PARTICLES = frozenset(
    "up down out in off back away over on across into behind round around through along".split()
)
#: how many words after the verb its particle may stand (coughed *forty thousand* up)
REACH = 3
#: senses of the verb whose synonyms and hypernyms count as a definition saying it
SENSES = 4
#: particles that are prepositions after an object (bought a stake *in* the firm): they must
#: follow the verb directly
PREPOSITION_PARTICLES = frozenset("in on across into behind round around through along over".split())
#: words after a particle that make it a movement out of or from a place (jumped out *of* the bag)
_FROM = frozenset(("of", "from"))
#: how common (wordfreq Zipf) the verb's Hindi may be
IMAGE_ZIPF = 4.0
#: words before a verb form that make it a noun (the weed, his polish, with a rope)
_NOUN_BEFORE = frozenset(
    """a an the this that these those his her its their our my your some any each every no
    of in on at with by from for into onto""".split()
)


#: forms of *be* before a participle: the passive
_BE = frozenset("be is are was were been being".split())
#: WordNet's lexicographer file of verbs of motion
MOTION = "38"
#: words after an intransitive particle (the clause goes on without an object)
_CLAUSE_NEXT = frozenset(
    "during after before at in on by when while and but as because for with under here there home everywhere".split()
)


def _moves(verb: str) -> bool:
    """Whether the verb's first sense is one of motion (WordNet's verb.motion: trip, climb, fall)."""
    files = wordnet.sense_files("verb", verb)
    return bool(files) and files[0] == MOTION


@lru_cache(maxsize=1)
def phrasal_verbs() -> dict[str, frozenset[str]]:
    """Verb → particles of WordNet's two-word verbs with a particle ({} without WordNet)."""
    out: dict[str, set[str]] = {}
    for lemma in wordnet.lemmas("verb") or ():
        parts = lemma.split("_")
        if len(parts) == 2 and parts[1] in PARTICLES and parts[0].isalpha() and parts[0] not in E.LIGHT_VERBS:
            out.setdefault(parts[0], set()).add(parts[1])
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=4096)
def definitions(lemma: str) -> tuple[str, ...]:
    """The definitions (examples cut off) of every verb sense of a WordNet lemma."""
    return tuple(
        wordnet.synset_at("verb", o).gloss.split('"')[0].strip(" ;") for o in wordnet.senses("verb", lemma)
    )


def _definition_lemmas(defs: tuple[str, ...]) -> set[str]:
    return {lem for text in defs for _s, _e, t in E.tokens(text) for lem in E.lemmas(t.lower())}


@lru_cache(maxsize=4096)
def _relatives(verb: str) -> frozenset[str]:
    """The verb and the one-word synonyms of its first senses (cough: expectorate; polish: shine)."""
    out = {verb}
    for offset in wordnet.senses("verb", verb)[:SENSES]:
        out.update(w for w in wordnet.synset_at("verb", offset).lemmas if "_" not in w)
    return frozenset(out - PARTICLES)


@lru_cache(maxsize=4096)
def verb_unneeded(verb: str, particle: str) -> bool:
    """Whether no definition of the phrasal verb says its verb (see the module)."""
    defs = definitions(f"{verb}_{particle}")
    return bool(defs) and not _relatives(verb) & _definition_lemmas(defs)


@lru_cache(maxsize=4096)
def synonym_verbs(verb: str, particle: str) -> frozenset[str]:
    """The one-word verbs WordNet puts in a synset with the phrasal verb, its own verb aside: its
    one-word synonyms and the verbs of its multiword ones (*nod off* — fall asleep, doze off,
    drowse off: doze, drowse; *fill in* — complete, substitute). A Hindi word that translates one
    of them says the phrasal verb's meaning, not its image (ऊंघ गया for *nodded off*: ऊंघ is the
    dictionary's Hindi for *doze*). The own verb with another particle (*cough out* beside *cough
    up*, *drag out* beside *drag on*) is the same image again, no synonym."""
    own = f"{verb}_{particle}"
    out: set[str] = set()
    for offset in wordnet.senses("verb", own):
        for lemma in wordnet.synset_at("verb", offset).lemmas:
            parts = lemma.lower().split("_")
            if parts[0] == verb or parts[0] in E.LIGHT_VERBS:
                continue
            if len(parts) == 1 or parts[-1] in PARTICLES:
                out.add(parts[0])
    return frozenset(out)


def _verb_keys(d: Dictionary, verb: str) -> set[tuple[str, ...]]:
    """The verb's literal Hindi as stem keys: the glossary's and every dictionary sense's, a gloss
    of two words also written solid (गो मांस → गोमांस, as Hindi writes the compound)."""
    keys = set(glossary_keys(verb))
    for s in d.senses(verb):
        if s.keys and len(s.keys) <= MAX_GLOSS_WORDS:
            keys.add(s.keys)
        if len(s.keys) == 2 and len(s.hindi.split()) == 2:
            keys.add((stem_key("".join(s.hindi.split())),))
    return keys


def _thing_keys(d: Dictionary, verb: str, inflected: bool = False) -> set[tuple[str, ...]]:
    """The Hindi the dictionary gives the verb's word only as a noun or an adjective (*round*
    गोल, *gloss* चमक), never as a verb: a phrasal verb rendered by it is an image however common
    the Hindi word (the frequency test is for Hindi verbs, which carry figurative senses of their
    own). For a verb form that only a verb has (``inflected``: *egged*, not *bridge*), the idiom
    glossary's nouns count the same where the glossary gives the word no verb (*egg* अंडा, as MT
    writes it; the dictionary spells अण्डा)."""
    verb_keys = {s.keys for s in d.senses(verb) if s.pos.upper().startswith("V")}
    keys = {
        s.keys
        for s in d.senses(verb)
        if s.pos.upper().startswith(("N", "ADJ")) and s.keys and len(s.keys) <= MAX_GLOSS_WORDS
    }
    entries = glossary_hindi(verb)
    if inflected and entries and all(pos == "n" for pos, _hindi in entries):
        keys |= glossary_keys(verb)
    return keys - verb_keys


#: object pronouns (ripped *us* off): a person, no thing moved
_PRONOUNS = frozenset("me you him her it us them".split())


def _object_words(toks: list[str], i: int, j: int) -> list[str]:
    """The words of the verb's object: those between the verb ``i`` and its particle ``j``, or
    the noun phrase right after the particle (jacked up *bus fares*; *three plates* of …); none
    for a pronoun (ripped *us* off)."""
    between = [t for t in toks[i + 1 : j] if t not in E.DETERMINERS]
    if any(t in PARTICLES or t in _CLAUSE_NEXT for t in between):
        return ["?"]  # knocked on the back door: a preposition's phrase, the particle another's
    if between:
        return [] if between[-1] in _PRONOUNS else between
    words: list[str] = []
    for t in toks[j + 1 : j + 5]:
        if t in E.DETERMINERS:
            if words:
                break  # runs on a treadmill *every* morning: a determiner starts another phrase
            continue
        if t in _PRONOUNS or not E.is_content(t) or t in _CLAUSE_NEXT:
            break
        words.append(t)
    return words


def _literal_object(words: list[str]) -> bool:
    """Whether the object names a physical thing or a place (jacked up *the car*, ran through *the
    market*). A thing before a noun that names no thing or place in its three commonest senses
    modifies it (spun off its *cement business*, ran across my old *hostel warden*): the phrase
    names that noun; a participle after it starts a clause (a truck *carrying* sand)."""
    for n, w in enumerate(words):
        if w == "?" or is_place(w):
            return True
        if _thing(w):
            nxt = words[n + 1] if n + 1 < len(words) else ""
            if not (nxt and not nxt.endswith(("ing", "ed")) and _no_thing(nxt)):
                return True
    return False


def _no_thing(word: str) -> bool:
    """Whether the English word is a noun none of whose three commonest WordNet senses is a
    physical thing or a place (business, fare, warden; not market, a marketplace third)."""
    for lemma in E.lemmas(word):
        files = wordnet.sense_files("noun", lemma)[:3]
        if files:
            return not any(f in THING_FILES for f in files)
    return False


def _spelled(word: str, mt_words: list[tuple[int, int, str]], transcribed: Transcriber | None) -> set[int]:
    """MT positions that spell the English word: the caller's phonetic match, or the dictionary
    module's transliteration test (पिच for *pitch*, which the consonant keys miss)."""
    out = transcribed(word, mt_words) if transcribed is not None else set()
    return out | {
        p for p, (_s, _e, w) in enumerate(mt_words) if engdict.is_transliteration(w, word, common=False)
    }


def _thing(word: str) -> bool:
    """A physical thing, unless the word's commonest sense is a person (egged *the bowler* on: a
    cricketer before a hat)."""
    return is_concrete(word) and first_noun_file(word) != wordnet.PERSON_FILE


def _verb_form_positions(d: Dictionary, verb: str, mt_words: list[tuple[int, int, str]]) -> set[int]:
    """MT positions holding a form of one of the verb's one-word Hindi infinitives (मथकर for
    *churn*, मथना; चमकाकर for *polish*, चमकाना), which the stem keys miss on a short stem."""
    forms = {fold(f) for stem in d.verb_stems(verb) for f in verb_forms(stem)}
    return {p for p, (_s, _e, w) in enumerate(mt_words) if fold(w) in forms}


def _clause_ends(src: str, at: int) -> bool:
    """Whether nothing but a clause's closing punctuation follows offset ``at`` of ``src``."""
    rest = src[at:].lstrip()
    return not rest or rest[0] in ".,;:!?"


def find(
    src: str, mt: str, d: Dictionary, transcribed: Transcriber | None = None
) -> list[tuple[int, int, str, str]]:
    """(start, end, the English phrasal verb as written, its verb) of the source's phrasal verbs
    whose verb the MT renders by its own Hindi (see the module)."""
    table = phrasal_verbs()
    if not table:
        return []
    tokens = E.tokens(src)
    toks = [t[2].lower() for t in tokens]
    found: list[tuple[int, int, str]] = []
    for i, tok in enumerate(toks):
        before = toks[i - 1] if i else ""
        if before in _NOUN_BEFORE or before.endswith("'s"):
            continue
        if tok in PARTICLES:
            continue
        if before in _BE:
            continue  # the form must be filled in: a passive's object stands before it, unread
        readings = E.lemmas(tok)
        for v in readings:
            parts = table.get(v, frozenset())
            j = next((x for x in range(i + 1, min(len(toks), i + 1 + REACH)) if toks[x] in parts), None)
            if j is None or not verb_unneeded(v, toks[j]):
                continue
            if toks[j] in PREPOSITION_PARTICLES and j != i + 1 and not _clause_ends(src, tokens[j][1]):
                continue  # bought a stake *in* the firm: a preposition of the object (egged the
                # bowler *on*.: a preposition has an object, a particle may end the clause)
            if j + 1 < len(toks) and toks[j + 1] in _FROM:
                continue  # jumped out *of* the bag: a movement
            if any(toks[j] in table.get(r, frozenset()) and not verb_unneeded(r, toks[j]) for r in readings):
                continue  # lay down: the token is also *lie*, and lie down is meant as it stands
            if _literal_object(_object_words(toks, i, j)):
                continue  # jacked up the car, ran through the market: a thing, a place
            if verb_between(toks, i, j):
                continue
            if _moves(v) and (j + 1 >= len(toks) or toks[j + 1] in _CLAUSE_NEXT):
                continue  # the witness tripped up, the boy climbed up: a body may move so
            found.append((i, j, v))
            break
    if not found:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    out = []
    for i, j, verb in found:
        outside = readings_elsewhere(d, toks, (i, j), mt_keys)
        for lemma in _definition_lemmas(definitions(f"{verb}_{toks[j]}")):
            if E.is_content(lemma):
                outside |= gloss_positions(d.keys(lemma) | set(glossary_keys(lemma)), mt_keys)
        outside |= gloss_positions(d.keys(f"{verb} {toks[j]}"), mt_keys)
        for synonym in synonym_verbs(verb, toks[j]):
            outside |= gloss_positions(d.keys(synonym) | set(glossary_keys(synonym)), mt_keys)
        pos = {
            p
            for p in gloss_positions(_verb_keys(d, verb), mt_keys) | _verb_form_positions(d, verb, mt_words)
            if zipf_hi(mt_words[p][2]) < IMAGE_ZIPF
        }
        pos |= gloss_positions(_thing_keys(d, verb, toks[i].endswith(("ed", "ing"))), mt_keys)
        if not _spelled(toks[j], mt_words, transcribed):
            # a transcription is no Hindi verb with senses of its own (जैक, पीटर, पिच), unless
            # the particle is transcribed too: the phrasal verb borrowed whole (चेक आउट)
            pos |= _spelled(verb, mt_words, transcribed)
        outside |= spelled_elsewhere(toks, (i, j), verb, mt_words)
        pos -= outside
        if pos:
            p = min(pos)
            out.append((mt_words[p][0], mt_words[p][1], src[tokens[i][0] : tokens[j][1]], verb))
    return out
