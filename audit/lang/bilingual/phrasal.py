"""English phrasal verbs of a source rendered word for word in the MT: the particle's spatial
Hindi beside the verb's plain Hindi (came up with a plan → योजना के साथ ऊपर आई, broke down →
नीचे टूट गई, wiped out the crop → फसल को बाहर पोंछ दिया, looking into → के अंदर देख रही).

The class, not a list: any English verb followed by a particle (up, down, out, back, over,
through, into, away — ``audit/data/phrasal_literal.toml``; in, across, off, forward,
behind, after and round only in phrasal verbs WordNet lists: gave in, came across, put off,
brought forward), in any tense, with up to three words of
object or a pronoun between (turned *the offer* down, let *them* down). The MT holds a calque when
the particle's spatial Hindi (ऊपर, नीचे, बाहर …) stands within a few words of the verb's plain
Hindi (the dictionary's, the idiom glossary's or the light verb's: come → आ, put → रख), or right
before any other verb (MT's dictionary picks its own verb: turned up → ऊपर मुड़े, sold out → बाहर
बिक गए) unless the pair is one of Hindi's own phrases (बाहर हो गए, पीछे हट गए); off's बंद counts
only beside the verb's own Hindi and never for a "stop operating" sense (switched off → बंद किया);
a case marker MT writes for a particle (ran into trouble → मुसीबत में दौड़ गई) counts the same way,
in phrasal verbs WordNet lists and not for verbs of going (came into force → प्रभाव में आया).

A phrasal verb that really moves something stays silent: its object or the phrase after it names
a physical thing or a person (brought *the boxes* up *to the roof*, ran out *of the house*,
came up *with his friends*: WordNet's lexicographer files, :mod:`audit.lang.bilingual.concrete`);
a verb of motion with no object (sat down, went up, came back) unless WordNet gives the phrasal
verb no spatial sense (fell through = "fail"); and an MT particle another source word accounts
for (above, outside, behind). The object of a verb that is no verb of motion is read in its
commonest WordNet sense (*bumped up the rent*: a payment before a tear); a group before a verb is
its subject as a person is (*many people look down on*); what follows WordNet's three-word verbs
with *on* is their object (*looked down on the traders*). The verb's own spelling counts as its
Hindi when the caller passes a transcriber (जैक से ऊपर for *jacked up*). The source side's noun
phrases and things: :mod:`audit.lang.bilingual.phrasal_objects`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import cast

from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import fold, stem_key
from audit.lang.bilingual.idioms import glossary_keys
from audit.lang.bilingual.particles import data, particles, towards
from audit.lang.bilingual.phrasal_objects import (
    all_particles,
    head_after,
    is_particle,
    is_thing,
    moves_to,
    noun_reading,
)
from audit.lang.inflection import verb_forms

#: words of object allowed between the verb and its particle (turned *the studio's offer* down)
MAX_OBJECT = 3
#: the verb's Hindi lies this many words after the particle's (नीचे टूट गई, के माध्यम से गिर गया) …
VERB_AFTER = 3
VERB_BEFORE = 2  # … or this many before it (पानी नीचे कर दिया for watered down)
#: prepositions that may follow a particle and carry on its phrase (out *of* the house, up *with*)
PHRASE_PREPS = frozenset("of to from into onto on at in with across over under through for".split())
#: object pronouns between a verb and its particle (let *them* down, gave *it* up)
_PRONOUNS = frozenset("me you him her it us them".split())


@lru_cache(maxsize=1)
def _spatial_words() -> dict[str, frozenset[str]]:
    return {fold(h): frozenset(ws) for h, ws in data()["spatial_words"].items()}


@lru_cache(maxsize=1)
def _wordnet_verbs() -> dict[str, tuple[str, ...]]:
    """WordNet verb lemma (underscores) → the definitions of its senses ({} without WordNet)."""
    if wordnet.index("verb") is None:
        return {}
    # kept in the cache folder, keyed on WordNet's verb files (a read instead of ~0.1 s of parsing)
    from audit.core.derived import derived_object, fingerprint

    files = (wordnet.WORDNET_DIR / "index.verb", wordnet.WORDNET_DIR / "data.verb")
    return cast(
        "dict[str, tuple[str, ...]]",
        derived_object(
            "wordnet-verb-glosses", fingerprint(*files), _read_verbs, accept=lambda o: isinstance(o, dict)
        ),
    )


def _read_verbs() -> dict[str, tuple[str, ...]]:
    index = wordnet.index("verb") or {}
    raw = wordnet.data_bytes("verb")
    out: dict[str, tuple[str, ...]] = {}
    for verb, offsets in index.items():
        glosses = (wordnet.read_synset(raw, o).gloss for o in offsets)
        out[verb] = tuple(re.sub(r'"[^"]*"', " ", g).lower() for g in glosses)
    return out


def _is_verb(word: str) -> str:
    """The verb lemma of ``word`` (any inflection), or ""."""
    wn = _wordnet_verbs()
    light = data()["light_verbs"]
    for lemma in E.lemmas(word):
        if lemma in light or (wn and lemma in wn):
            return lemma
    return ""


def _spatial_senses(verb: str, particle: str) -> bool:
    """Whether WordNet gives the phrasal verb a spatial sense (go up: "move upward"); True when
    WordNet does not list it (a verb of motion with a particle then moves something)."""
    defs = _wordnet_verbs().get(f"{verb}_{particle}")
    if defs is None:
        return True
    words = data()["spatial_definition"]["words"]
    return any(w in d for d in defs for w in words)


@dataclass(frozen=True)
class Phrasal:
    verb: str  # lemma
    particle: str
    start: int  # offsets into the source
    end: int


def _particle_at(src: str, toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the particle of the verb at ``i``: right after it or after up to
    :data:`MAX_OBJECT` words of object (turned *the offer* down); punctuation ends the search."""
    for k in range(i + 1, min(len(toks), i + 2 + MAX_OBJECT)):
        if src[toks[k - 1][1] : toks[k][0]].strip():
            return None
        w = toks[k][2].lower()
        if is_particle(w):
            return k
        if not (
            E.is_content(w) or w in E.DETERMINERS or w in _PRONOUNS or w.endswith(("'s", "’s"))
        ) or _is_verb_only(w):
            return None
    return None


def _is_verb_only(word: str) -> bool:
    """A word that is a verb form and not a noun (was, said): no object word."""
    return word in {"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"}


#: nouns of time after a particle (rose over *the year*, worked through *the night*)
TIME_WORDS = frozenset(
    "year years month months week weeks day days night nights weekend decade decades hour hours minute "
    "minutes period season morning evening afternoon summer winter century time today yesterday tomorrow "
    "tonight now again sharply quickly slowly".split()
)


#: particles that are "more than" / "less than" before a number (people over 60)
_THAN = frozenset(("over", "under"))


def _pair_lemma(word: str, particle: str, verb: str) -> str:
    """The lemma of ``word`` whose phrasal verb with ``particle`` WordNet lists (found out →
    find), else ``verb``."""
    wn = _wordnet_verbs()
    return next((lemma for lemma in E.lemmas(word) if f"{lemma}_{particle}" in wn), verb)


def _not_spatial(verb: str, particle: str) -> bool:
    """WordNet lists the phrasal verb and none of its senses is spatial (crack down, shut down,
    put off, give off): what follows it is its object or setting, not a place it moves to."""
    return f"{verb}_{particle}" in _wordnet_verbs() and not _spatial_senses(verb, particle)


#: the last word of a three-word verb whose phrase is its object (look down *on*)
_ON = frozenset(("on", "upon"))


#: verbs of going and coming: they leave an event as literally as a place (came out *of the
#: meeting*), so "out of" + an abstract noun makes only the other verbs abstract (ran out *of money*)
_GOING = frozenset("go come walk get step".split())


#: words that make the particle after them an adverb of place (far away, right back, way up)
_DEGREE = frozenset("far farther further way right straight well high deep".split())
#: verbs after which a particle word is an adverb of their movement (ran *back* up)
_MOVED = frozenset(
    "ran run runs running came come comes coming went go goes going walked walk climbed jumped flew".split()
)


@lru_cache(maxsize=4096)
def find_phrasal(src: str) -> tuple[Phrasal, ...]:
    """Phrasal verbs of ``src`` used in a sense that is not spatial (see the module docstring)."""
    toks = E.tokens(src)
    motion = set(data()["motion_verbs"]["verbs"])
    listed = data()["listed_particles"]
    out: list[Phrasal] = []
    for i, (s, _e, tok) in enumerate(toks):
        low = tok.lower()
        nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
        # a particle is a verb only right before another particle (back down, back out)
        if is_particle(low) and not (low == "back" and is_particle(nxt)):
            continue
        light = any(lemma in data()["light_verbs"] for lemma in E.lemmas(low))  # let (a stop word)
        if not (E.is_content(low) or is_particle(low) or light) or noun_reading(toks, i):
            continue
        verb = _is_verb(low)
        j = _particle_at(src, toks, i) if verb else None
        if j is None:
            continue
        particle = toks[j][2].lower()
        if particle in _THAN and src[toks[j][1] :].lstrip()[:1].isdigit():
            continue  # people over 60, under 18: a comparison of a number, no particle
        if toks[j - 1][2].lower() in _DEGREE or (i and is_particle(low) and toks[i - 1][2].lower() in _MOVED):
            continue  # heard *far* away, ran back up: an adverb of place, not a particle
        verb = _pair_lemma(low, particle, verb)
        if particle in listed and f"{verb}_{particle}" not in _wordnet_verbs():
            continue  # lives in Delhi, won in the final: a preposition, not a phrasal verb
        obj = [t[2].lower() for t in toks[i + 1 : j] if E.is_content(t[2].lower())]
        # a verb that neither moves nor places things, in a phrasal verb with no spatial sense
        fixed = verb not in motion and verb not in data()["light_verbs"] and _not_spatial(verb, particle)
        # a three-word verb WordNet lists with *on* (look_down_on, come_down_on): what follows is
        # its object, not a ground it moves over (looked down on *the traders*)
        fixed = (
            fixed
            or nxt_word(toks, j) in _ON
            and bool(wordnet.senses("verb", f"{verb}_{particle}_{nxt_word(toks, j)}"))
        )
        moving = verb in motion
        if obj and is_thing(obj[-1], not moving) and not fixed:
            continue  # put *the files* down, pulled *his socks* up: a thing moved
        # what follows the particle: its object (brought up *the issue*; the particle as a
        # preposition: climbed up *the ladder*) or a phrase (out *of the house*, up *with a plan*)
        if " ".join(t[2].lower() for t in toks[j + 1 : j + 3]) in {"each other", "one another"}:
            continue  # ran over each other: people moving
        after, k = head_after(toks, j + 1, src)
        prep, pp = "", ""
        if (
            k < len(toks)
            and toks[k][2].lower() in PHRASE_PREPS
            and not src[toks[k - 1][1] : toks[k][0]].strip()
        ):
            prep = toks[k][2].lower()
            pp, _ = head_after(toks, k + 1, src)
        if not fixed and (is_thing(after, not moving) or not after and moves_to(prep, pp)):
            continue  # climbed up the ladder, ran out of the house, came up with his friends
        if prep == "from" and is_thing(pp) and not after:
            continue  # stay away from the coast: a distance from a place or thing, whatever WordNet says
        if verb in motion and not obj and not fixed and _spatial_senses(verb, particle):
            if after and prep == "of" and is_thing(pp):
                continue  # fell down *a flight of stairs*, ran up *a row of steps*: a thing is the ground
            abstract = (after and after not in TIME_WORDS) or (
                (prep in {"with", "on", "for"} or prep == "of" and verb not in _GOING)
                and pp
                and not is_thing(pp)
            )
            if not abstract:
                continue  # sat down, went up, came back: a movement (came up *with a plan* is not)
        goal = nxt_word(toks, j + 1) if towards(verb, particle, nxt_word(toks, j)) else ""
        if goal and (goal in _PRONOUNS or moves_to("to", head_after(toks, j + 2, src)[0])):
            continue  # bounced back *to him*, rolled back *towards the bowler*: a movement
        if out and out[-1].end == toks[j][1]:
            out.pop()  # the nearer verb has the particle (the talks *broke* down)
        out.append(Phrasal(verb, particle, s, toks[j][1]))
    return tuple(out)


@lru_cache(maxsize=4096)
def _verb_hindi(verb: str, d: Dictionary | None) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(folded forms of the light verb's Hindi, dictionary stem-key glosses) of an English verb."""
    forms: set[str] = set()
    for stem in data()["light_verbs"].get(verb, ()):
        words = stem.split()
        forms.update(fold(f) for f in verb_forms(words[-1]))
        forms.update(fold(w) for w in words[:-1])
    keys: set[tuple[str, ...]] = set(glossary_keys(verb))
    if d is not None and verb not in E.LIGHT_VERBS:
        keys |= {k for k in d.keys(verb) if len(k) <= 2}
    return frozenset(forms), frozenset(keys)


@dataclass(frozen=True)
class PhrasalRendering:
    phrasal: Phrasal
    start: int  # offsets into the MT
    end: int


def _explained(src: str, phrasal: Phrasal, particle_hi: str) -> bool:
    """Whether another word of the source accounts for the MT's particle (above, outside, or the
    same particle in a spatial use elsewhere)."""
    words = _spatial_words().get(particle_hi, frozenset())
    for s, e, t in E.tokens(src):
        if s >= phrasal.start and e <= phrasal.end:
            continue
        low = t.lower()
        if low in words or (particle_hi in particles().get(low, ()) and s > phrasal.end + 40):
            return True
    return False


#: Hindi auxiliaries and light-verb endings: the word before one is a verb (बाहर *बिक* गए)
_AUX = frozenset(
    fold(w)
    for w in (
        "गया गई गए गयी दिया दी दिए दिये लिया ली लिए लिये है हैं था थी थे हो हुआ हुई हुए रहा रही रहे "
        "सकता सकती सकते चुका चुकी चुके जाएगा जाएगी जाएंगे जाता जाती जाते देगा देगी देंगे लेगा लेगी लेंगे "
        "कर करना करने करके किया किए करता करती करते करेगा करेगी करेंगे"
    ).split()
)
_CLAUSE_END = re.compile(r"[।॥.!?;:,]")
#: postpositions and conjunctions: never the verb after a particle
_NOT_VERB = frozenset(fold(w) for w in "का की के को में से पर ने तक और या कि भी ही तो".split())
_NEG = frozenset(fold(w) for w in ("नहीं", "न", "ना"))
#: WordNet definition words of a phrasal verb for which बंद (off) is the right Hindi
_STOP_SENSES = ("stop", "cease", "close", "shut", "extinguish", "switch", "turn off", "disconnect")


def _verb_next(folded: list[str], ends: list[bool], pi: int) -> int | None:
    """Index of a verb right after the particle at ``pi`` (a negation skipped), told by the
    auxiliary that follows it or by the clause ending on it (बाहर बिक गए, ऊपर नहीं दिया, ऊपर
    मुड़े।) — any verb: MT gives the particle to whatever verb the dictionary chose (turned up →
    ऊपर मुड़े). ``ends[x]``: a clause ends after word x."""
    from audit.lang.bilingual.phrasal_hindi import natural_phrase

    x = pi + 1
    if x < len(folded) and folded[x] in _NEG:
        x += 1
    if x >= len(folded) or ends[pi] or folded[x] in _NOT_VERB or folded[x] in _HINDI_PARTICLES():
        return None
    if natural_phrase(folded[pi], folded[x]):
        return None  # पीछे हट गए, बाहर निकल गए, बाहर हो गए: Hindi's own phrases
    nxt = folded[x + 1] if x + 1 < len(folded) else ""
    if folded[x] in _AUX or nxt in _AUX or ends[x] or (folded[x].endswith(fold("कर")) and len(folded[x]) > 3):
        return x
    return None


@lru_cache(maxsize=1)
def _HINDI_PARTICLES() -> frozenset[str]:  # noqa: N802
    return frozenset(h for hs in particles().values() for h in hs)


def _stop_sense(verb: str, particle: str) -> bool:
    return any(w in d for d in _wordnet_verbs().get(f"{verb}_{particle}", ()) for w in _STOP_SENSES)


def nxt_word(toks: list[tuple[int, int, str]], j: int) -> str:
    return toks[j + 1][2].lower() if j + 1 < len(toks) else ""


_WAPAS = fold("वापस")
_BACK_GLOSS = re.compile(r"\b(?:back|backward|backwards|return)\b")


def _means_back(verb: str) -> bool:
    """One of the verb's two commonest WordNet senses already goes back (reflect: "to throw or bend
    back (from a surface)"): its back is a direction, and वापस the plain Hindi for it — unless
    WordNet lists the phrasal verb with no spatial sense (bounce back: "improve in health")."""
    if f"{verb}_back" in _wordnet_verbs() and not _spatial_senses(verb, "back"):
        return False
    return any(_BACK_GLOSS.search(g) for g in _wordnet_verbs().get(verb, ())[:2])


#: English verbs whose "back" is Hindi's own वापस (give back, pay back, call back, win back)
_RETURNING = frozenset(
    """give take bring send pay buy sell win call phone ring hand hold keep put set get want ask write
    report welcome turn pull carry throw""".split()
)


#: the Hindi ablative postposition (X *से* बाहर: out of X)
_ABLATIVE = fold("से")


def _grounded(src: str, ph: Phrasal) -> bool:
    """Whether the particle has a ground through *of* / *from* (left out *of the list*), not an
    object of the verb (raked in *two hundred crore*: पंजे से is the instrument)."""
    toks = E.tokens(src)
    j = next((k for k, t in enumerate(toks) if t[1] == ph.end), None)
    if j is None or j + 2 >= len(toks) or toks[j + 1][2].lower() not in {"of", "from"}:
        return False
    nxt = toks[j + 2][2].lower()
    return nxt in E.DETERMINERS or E.is_content(nxt)


def literal_phrasals(
    src: str,
    mt: str,
    d: Dictionary | None,
    transcribed: Callable[[str, list[tuple[int, int, str]]], set[int]] | None = None,
) -> list[PhrasalRendering]:
    """Phrasal verbs of ``src`` whose particle and verb the MT renders word for word: the
    particle's spatial Hindi beside the verb's own Hindi — or its transcription
    (``transcribed(word, mt_words)``: जैक से ऊपर उठाया for jacked up, ऊपर चॉक की for chalked up)
    — or right before any verb (ऊपर मुड़े for turned up); "off"'s बंद only beside the verb's own
    Hindi (बंद रख दिया for put off)."""
    found = find_phrasal(src)
    if not found:
        return []
    words = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\u0900-\u0963\u0966-\u097F]+", mt)]
    folded = [fold(w) for _, _, w in words]
    keys = [stem_key(w) for _, _, w in words]
    ends = [
        bool(_CLAUSE_END.search(mt[e : words[n + 1][0] if n + 1 < len(words) else len(mt)]))
        or n + 1 == len(words)
        for n, (_, e, _) in enumerate(words)
    ]
    out: list[PhrasalRendering] = []
    listed = data()["listed_particles"]
    for ph in found:
        hindi = all_particles()[ph.particle]
        forms, glosses = _verb_hindi(ph.verb, d)
        strict = ph.particle == "off"
        if strict and _stop_sense(ph.verb, ph.particle):
            continue  # switched off, shut off: बंद is the right Hindi
        listed_pair = f"{ph.verb}_{ph.particle}" in _wordnet_verbs()  # run_into; not send into space
        case = (
            tuple(fold(h) for h in data()["case_particles"].get(ph.particle, ()))
            if listed_pair and ph.verb not in _GOING
            else ()
        )
        for pi, f in enumerate(folded):
            if f not in hindi and f not in case or _explained(src, ph, f):
                continue
            if f == _WAPAS and (
                ph.verb in _RETURNING or ph.verb in data()["motion_verbs"]["verbs"] or _means_back(ph.verb)
            ):
                continue  # gave the money back → पैसे वापस दिए: वापस is Hindi's own for returning
            lo, hi = max(0, pi - VERB_BEFORE), min(len(words), pi + VERB_AFTER + 1)
            spelled = transcribed(ph.verb, words) if transcribed is not None else set()
            hit = [
                x
                for x in range(lo, hi)
                if x != pi and (folded[x] in forms or any(keys[x] == g[0] for g in glosses) or x in spelled)
            ]
            loose = not strict and f not in case and (ph.particle not in listed or ph.particle == "in")
            if not hit and loose and not (pi > 0 and folded[pi - 1] == _ABLATIVE and _grounded(src, ph)):
                # सूची से बाहर रखा (left out of the list): Hindi's own frame for the particle's ground
                nxt = _verb_next(folded, ends, pi)
                hit = [nxt] if nxt is not None else []
            if not hit:
                continue
            a, b = min([pi] + hit), max([pi] + hit)
            if a > 0 and folded[a - 1] in {"के", "की"}:
                a -= 1  # के अंदर, के पार
            out.append(PhrasalRendering(ph, words[a][0], words[b][1]))
            break
    return out
