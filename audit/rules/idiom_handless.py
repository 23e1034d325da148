"""HI205 (Hindi only): a physical act done to a thing by an actor that has no hands.

Most English idioms MT renders word for word are a verb and its object image in no inventory
(*cut no ice*, *pull the rug*, *move the needle*, *throw down the gauntlet*). Their Hindi gives
itself away without a list when the clause's actor is an abstraction: a speech, an order, a
campaign or a plan cannot cut ice, pull a carpet or shake a needle (भाषण ने … कोई बर्फ़ नहीं
काटी, आदेश ने … क़ालीन खींच लिया, अभियान ने सुई नहीं हिलाई). The class, read from the Hindi alone:

* the actor is the word before the ergative ने whose dictionary readings are all abstractions
  (:func:`audit.lang.bilingual.abstract.abstract_keys`: act, attribute, cognition,
  communication, feeling, possession, relation — not institutions, whose people act: रेलवे ने
  एक डिब्बा जोड़ा) and none of them a force, a blow or a treatment, which does move things
  (विस्फोट ने खिड़कियाँ तोड़ दीं, दबाव, इलाज); not a listed given name (किरण ने दुकान खोली);
* its object is a thing (:func:`audit.lang.bilingual.abstract.scene_kinds_any`: an artifact,
  food, an animal, a plant, a substance or an object; not a body part — Hindi's own idioms are
  made of them: महंगाई ने कमर तोड़ दी; not a structure, a vehicle or a fluid, which a scheme or an
  order builds, pulls down, runs or supplies through its people: आदेश ने अवैध इमारतें गिरा दीं; and no programme's
  reach before it — हर, तक, हज़ारों: योजना ने हर घर तक पानी पहुँचाया), right before the verb (को, नहीं, भी, ही, an instrument's
  से or a particle of place between at most: मिठाई *की* दुकान is a genitive, not the object);
* the verb is one of contact, motion, consumption or the body: the commonest WordNet class of
  the English verbs the dictionary reads its infinitive as (काटी → cut, खींच → pull, हिलाई → move);
* the noun and verb are not one of Hindi's own idioms of a thing
  (``data/hindi_idioms.toml``: आग में घी डालना, पर्दा डालना, पोल खोलना, तोते उड़ाना).

The dictionary (FreeDict, GPL) and WordNet are read at run time; without them nothing is found.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import engdict, wordnet
from audit.lang.bilingual import abstract, backdict
from audit.lang.bilingual.hindi import endings_replaced, fold, is_stop, stem_key
from audit.lang.phonetic import norm
from audit.rules import name_data

#: scene kinds (:data:`audit.lang.bilingual.concrete.SCENE_KIND`) of a thing: an artifact or
#: object, food, an animal, a plant (not the land, weather or a body part)
THING_KINDS = frozenset({5, 6, 13, 20})
#: words allowed between the object and its verb: a case mark, a negation, an emphasis, an
#: instrument's से and a particle of place (ब्रांड ने … रस्सी से अंदर खींचा, *roped in*)
BETWEEN = frozenset(fold(w) for w in "को नहीं न भी ही तो से ऊपर नीचे बाहर अंदर भीतर पीछे दूर वापस".split())
#: what ends a clause: punctuation, a conjunction, a relative pronoun
CLAUSE_END = frozenset(fold(w) for w in "कि और जो जिसने जिससे क्योंकि लेकिन परंतु मगर तथा एवं व या".split())
ERGATIVE = fold("ने")
#: what a programme's reach says between its actor and the thing — every, as far as, thousands
#: of: a scheme, a drive or an order acting through its people (योजना ने हर घर तक पानी पहुँचाया,
#: अभियान ने हज़ारों पेड़ लगाए)
ROLLOUT = frozenset(fold(w) for w in "हर प्रत्येक तक हज़ारों हजारों सैकड़ों लाखों करोड़ों".split())
#: WordNet's structures, vehicles and fluids: what an order or a scheme has built, pulled down,
#: run or supplied by its people (आदेश ने अवैध इमारतें गिरा दीं, योजना ने गाँवों के लिए बसें
#: चलाईं, परियोजना ने खेतों में पानी पहुँचाया)
WORKS_LEMMAS = frozenset({"structure", "vehicle", "conveyance", "fluid"})
#: what a physical force is under in WordNet — a pressure, a sound, a temperature, a motion, an
#: impact: an actor that moves things when one of its readings is one (पानी के दबाव ने पाइप तोड़
#: दिया, धमाके की आवाज़ ने खिड़कियाँ हिला दीं, तेज़ गति ने गाड़ी पलट दी)
PHYSICAL_FORCE_LEMMAS = frozenset(
    {
        "physical_phenomenon",
        "natural_phenomenon",
        "force",
        "pressure",
        "explosion",
        "sound",
        "temperature",
        "motion",
        "impact",
    }
)
#: what a blow, a push, an attack or a treatment is under: an actor that moves things when most
#: of its readings are one (धक्का push and shove; not अभियान, a campaign and only once a push)
FORCE_LEMMAS = PHYSICAL_FORCE_LEMMAS | frozenset(
    {
        "attack",
        "violence",
        "blow",
        "hit",
        "touch",
        "shooting",
        "medical_care",
        "surgery",
        "injury",
        "military_action",
        "aggression",
        "propulsion",
        "medicine",
    }
)
_VERB_ENDINGS = (
    "ाया", "ाई", "ाए", "ाईं", "या", "यी", "ये", "ई", "ए", "ा", "ी", "े", "ीं", "ें", "कर", "ाकर",
    "ना", "ने", "ता", "ती", "ते", "",
)  # fmt: skip
#: a noun's oblique and plural endings and its direct singular's (हमले → हमला, धमकियों → धमकी)
NOUN_BASES = (
    ("ियों", "ी"),
    ("ियां", "ी"),
    ("ियाँ", "ी"),
    ("ाओं", "ा"),
    ("ों", "ा"),
    ("ों", ""),
    ("ें", ""),
    ("े", "ा"),
)
_TOKEN = re.compile(r"[\u0900-\u0963\u0966-\u097F\u200c\u200d]+|[।॥.!?;:,\"'“”‘’()]")
_PUNCT = re.compile(r"[।॥.!?;:,\"'“”‘’()]")


@lru_cache(maxsize=1)
def hindi_idioms() -> tuple[tuple[str, str], ...]:
    """Hindi's own idioms of a thing and a verb (``data/hindi_idioms.toml``): (noun key, verb
    stem key) pairs — पर्दा डाल → (पर्दा, डाल)."""
    out = []
    for entry in data_toml("hindi_idioms.toml").get("idioms", []):
        noun, verb = entry.rsplit(" ", 1)
        out.append((stem_key(noun.split()[-1]), fold(verb)))
    return tuple(out)


def hindi_own(noun: str, verb: str) -> bool:
    """Whether ``noun`` and the verb form ``verb`` make one of Hindi's own idioms."""
    nkey, vkey = stem_key(noun), fold(verb)
    return any(nkey == n and vkey.startswith(v) for n, v in hindi_idioms())


@lru_cache(maxsize=8192)
def verb_files(token: str) -> Counter[str]:
    """WordNet verb lexicographer files of the English verbs the dictionary reads the infinitives
    ``token`` may be a form of as (काटी → काटना → cut: contact), counted by reading."""
    out: Counter[str] = Counter()
    index, files = wordnet.index("verb") or {}, wordnet.lexfiles("verb")
    d = engdict.dictionary()
    for inf in engdict.infinitives(token, _VERB_ENDINGS):
        for sense in d.translates_as_word(inf):
            if sense.pos.upper().startswith("V") and " " not in sense.english:
                offsets = index.get(sense.english)
                if offsets:
                    out[files.get(offsets[0]) or ""] += 1
    return out


def physical_verb(token: str) -> bool:
    """Whether ``token`` is a form of a verb of contact, motion, consumption or the body (its
    commonest class among the dictionary's readings)."""
    if is_stop(token):
        return False
    counts = verb_files(token)
    return bool(counts) and counts.most_common(1)[0][0] in wordnet.PHYSICAL_ACT_VERB_FILES


@lru_cache(maxsize=8192)
def forceful(token: str) -> bool:
    """Whether ``token`` names what moves things, by the first WordNet sense of the dictionary's
    noun readings: one of them a physical force (:data:`PHYSICAL_FORCE_LEMMAS`: दबाव pressure,
    आवाज़ sound, गति momentum) or more than half of them a force, a blow, an attack or a
    treatment (:data:`FORCE_LEMMAS`: विस्फोट blast, धक्का push and shove, चोट blow and bruise)."""
    index = wordnet.index("noun") or {}
    d = engdict.dictionary()
    verdicts: dict[str, bool] = {}
    for form in endings_replaced(token, NOUN_BASES):
        for sense in d.translates_as_word(form):
            if sense.pos.upper().startswith("N") and " " not in sense.english:
                offsets = index.get(sense.english)
                if offsets:
                    if wordnet.noun_under(offsets[0], PHYSICAL_FORCE_LEMMAS, depth=8):
                        return True
                    verdicts[sense.english] = wordnet.noun_under(offsets[0], FORCE_LEMMAS, depth=8)
    return sum(verdicts.values()) * 2 > len(verdicts)


def handless_actor(token: str) -> bool:
    """Whether ``token`` (the word before ने) is an abstraction that can do no physical act."""
    key = backdict.token_key(token)
    if key not in abstract.abstract_keys():
        return False
    n = norm(token)
    if n in name_data.indian_names() or n in name_data.all_given_names():
        return False
    return not forceful(token)


def thing(token: str) -> bool:
    """Whether ``token`` names a thing an idiom's image is made of: an artifact, food, an animal
    or a plant by its scene kind, and no structure, vehicle or fluid by any noun reading."""
    kinds = abstract.scene_kinds_any(token)
    return bool(kinds) and kinds <= THING_KINDS and not _built_or_driven(token)


@lru_cache(maxsize=8192)
def _built_or_driven(token: str) -> bool:
    """Whether one of the dictionary's noun readings of ``token`` is, by its first WordNet sense,
    a structure, a vehicle or a fluid (:data:`WORKS_LEMMAS`: इमारत building, पुल bridge, बस bus,
    पानी water)."""
    index = wordnet.index("noun") or {}
    d = engdict.dictionary()
    for form in endings_replaced(token, NOUN_BASES):
        for sense in d.translates_as_word(form):
            if sense.pos.upper().startswith("N") and " " not in sense.english:
                offsets = index.get(sense.english)
                if offsets and wordnet.noun_under(offsets[0], WORKS_LEMMAS, depth=10):
                    return True
    return False


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, actor) of each thing and its physical verb whose clause's actor is an
    abstraction (see the module's doc)."""
    if not (engdict.available() and wordnet.available()):
        return []
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[tuple[int, int, str]] = []
    for i in range(1, len(toks)):
        if fold(toks[i][2]) != ERGATIVE or not handless_actor(toks[i - 1][2]):
            continue
        actor = toks[i - 1][2]
        j = i + 1
        while j < len(toks) and not _PUNCT.fullmatch(toks[j][2]) and fold(toks[j][2]) not in CLAUSE_END:
            noun = toks[j][2]
            if fold(noun) in ROLLOUT:
                break  # a programme's reach: its people act
            if not is_stop(noun) and thing(noun):
                k = j + 1
                while k < len(toks) and fold(toks[k][2]) in BETWEEN:
                    k += 1
                if k < len(toks) and physical_verb(toks[k][2]) and not hindi_own(noun, toks[k][2]):
                    out.append((toks[j][0], toks[k][1], actor))
                    break
            j += 1
    return out
