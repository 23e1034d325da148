"""HI104's verb slot: a surname that is an English verb, translated as a Hindi infinitive.

Surnames are verbs too (Fry, Peel, Wake, Pierce, Hurt, Swing): MT writes the infinitive for them
(स्टीफ़न तलना ने, हैरियट छीलना ने, यूअन जागना विजयी गोल दागा). Hindi grammar tells the infinitive
in a name's place from the infinitive of a clause, for any verb of the dictionary:

* a postposition takes the oblique infinitive (तैरने से, जागने को, छीलने के लिए), never the
  direct one: a direct infinitive in -ना before ने/को/का/की/के/से/में/पर after a foreign given name
  is a name part;
* with no postposition, a bare given name is followed by an infinitive only as its object or
  complement, and then a verb follows (जॉन तैरना सीख रहे हैं, एलिस दौड़ना पसंद करती हैं): an
  infinitive after a given name with no verb in the next two words is a name part (यूअन जागना
  विजयी गोल दागा).

A word that is also a noun or adjective in the dictionary (खाना food, गाना song, सोना gold, रोना
cry) is left to the noun frames (:mod:`audit.rules.name_frames`); the given name must open a name
beyond doubt (:func:`audit.rules.name_frames.opens_name`).

**Agent phrases.** A surname that is an English occupation noun (Thatcher, Shearer, Cooper,
Fletcher, Chandler) is often rendered not by one Hindi word but by an agent phrase: a noun, an
oblique infinitive and वाला/वाली/वाले (मार्गरेट छप्पर छाने वाली, एलन ऊन कतरने वाले, ब्रायनी दस्ताने बनाने
वाली), or a noun and वाला (जूलियन कील वाले ने). Any noun and any verb of the dictionary can fill it,
so the phrase is read by its grammar after a foreign given name beyond doubt:

* before ने: a bare given name and an agent phrase cannot share an ergative (एमा दूध वाले ने is no
  Hindi for "Emma and the milkman"), so the phrase is the name's second part;
* before का/की/के/को: when the given name is no clause's subject — a person word opens the name
  (सीनेटर लिडिया …) or the clause already has its subject with ने (हड़ताल ने मार्गरेट छप्पर छाने वाली
  की सरकार …); otherwise एमा दूध वाले की दुकान पर गईं is ordinary Hindi;
* with no marker, the noun-and-infinitive form only, and only before a determiner or a number (डेक्लान तीर बनाने वाले दो बार स्कोर किया): before a noun the phrase may describe it
  (पीटर चाय बेचने वाले लड़के को), before an auxiliary it is a predicate (जॉन खाना खाने वाले थे).

Silent: an agent phrase before से/में/पर/तक (लिसा दूध वाले से दूध लेती हैं), an infinitive with no
noun before it (डेविड आने वाले मैच में: *upcoming*), an Indian given name (रामू दूध वाले ने is a
name too: left alone).
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.phrasal_hindi import verb_stem
from audit.rules.name_class import DETERMINERS, Hit, verb_oblique
from audit.rules.name_data import FUNCTION_WORDS, given_names
from audit.rules.name_frames import (
    AUXILIARIES,
    CLOSERS,
    COMMON_GIVEN_MAX_ZIPF,
    ERGATIVE_MARKER,
    FRAME_MARKERS,
    TIME_WORDS,
    ergative_before,
    frame_word,
    is_clear_given,
    is_light_verb,
    is_verbal,
    name_starts,
    opens_name,
    person_word,
)
from audit.rules.names import Unit, key_zipf, norm, units

#: postpositions that take an oblique infinitive (जागने से), never the direct one (जागना से)
OBLIQUE_TAKERS = frozenset(norm(w) for w in ("ने", "को", "का", "की", "के", "से", "में", "पर", "तक"))
INFINITIVE = norm("ना")
#: an infinitive this short (ना, जाना, आना) is too often a light verb or a particle to read as a name
MIN_INFINITIVE_LEN = 4


@lru_cache(maxsize=65536)
def infinitive_english(key: str) -> str | None:
    """The English (first verb sense) of a direct infinitive that is only a verb in the dictionary
    (छीलना → scrape, तलना → fry); None for any other word and for infinitives that are also nouns
    or adjectives (खाना, गाना, सोना)."""
    if len(key) < MIN_INFINITIVE_LEN or not key.endswith(INFINITIVE) or key in FUNCTION_WORDS:
        return None
    senses = engdict.dictionary().translates_as_word(key)
    if not senses or any(not s.pos.startswith("V") for s in senses):
        return None
    return min(senses, key=lambda s: s.rank).english


def _blocks(u: Unit | None) -> bool:
    """A word after the infinitive that makes it a clause's object or complement."""
    return u is not None and (
        u.key in AUXILIARIES or u.key in CLOSERS or u.key in FUNCTION_WORDS or is_verbal(u)
    )


def find_verb_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Direct infinitives in a surname's place after a foreign given name (see the module doc)."""
    us = list(units(text))
    hits: list[Hit] = []

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    for i in sorted(g + 1 for g in name_starts(text)[0] if g + 1 < len(us)):  # (after a given name)
        x = us[i]
        if i in taken or not x.joined_before or len(x.parts) != 1:
            continue
        english = infinitive_english(x.key)
        if english is None or not opens_name(us, i - 1):
            continue
        nxt = joined(i + 1)
        if nxt is None:
            continue  # the clause ends: मारिया को तैरना (an object before the verb elsewhere)
        if nxt.key not in OBLIQUE_TAKERS:
            if _blocks(nxt) or _blocks(joined(i + 2)) or is_light_verb(us, i + 2):
                continue  # जॉन तैरना सीख रहे हैं, एलिस दौड़ना पसंद करती हैं
        hits.append(Hit(i - 1, i + 1, i, english))
    return hits


#: the agent suffix as its own word (छप्पर छाने वाली, कील वाले)
AGENT_WORDS = frozenset(norm(w) for w in ("वाला", "वाली", "वाले"))
#: a noun this common in Hindi text is a Hindi word even when the dictionary lacks it (छप्पर)
AGENT_NOUN_MIN_ZIPF = 3.0


def _oblique_infinitive(u: Unit) -> bool:
    """An oblique infinitive (छाने, कतरने, बनाने): a verb stem and -ने."""
    if len(u.parts) != 1 or not u.key.endswith(norm("ने")) or len(u.key) < 3:
        return False
    return verb_oblique(u.key) or bool(verb_stem(u.surface[:-2]))


def _agent_noun(u: Unit) -> bool:
    """A Hindi noun that can head an agent phrase: a dictionary noun or adjective, or a word common
    in Hindi text, that is no function word, verb form or person word."""
    if len(u.parts) != 1 or len(u.key) < 2 or u.key in FUNCTION_WORDS or u.key in CLOSERS:
        return False
    if person_word(u.key):
        return False
    if frame_word(u.key) is not None:
        return True  # a dictionary noun, even one that looks like a verb form (बुनाई, दस्ताने)
    return key_zipf(u.key) >= AGENT_NOUN_MIN_ZIPF and not _oblique_infinitive(u) and not is_verbal(u)


#: Hindi number words (दो बार, तीन गोल) after an agent phrase: no noun it could describe
NUMBER_WORDS = frozenset(
    norm(w) for w in "दो तीन चार पांच पाँच छह छः सात आठ नौ दस ग्यारह बारह बीस सौ हज़ार हजार".split()
)


def _numeral(u: Unit) -> bool:
    return u.key in NUMBER_WORDS or u.surface[:1].isdigit()


def find_agent_calques(text: str, taken: frozenset[int] = frozenset()) -> list[Hit]:
    """Agent phrases (noun [+ oblique infinitive] + वाला/वाली/वाले) in a surname's place after a
    foreign given name (see the module doc)."""
    us = list(units(text))
    hits: list[Hit] = []

    def joined(i: int) -> Unit | None:
        return us[i] if 0 <= i < len(us) and us[i].joined_before else None

    for w, agent in enumerate(us):
        if agent.key not in AGENT_WORDS or not agent.joined_before or w < 2:
            continue
        verb = _oblique_infinitive(us[w - 1])
        n = w - 2 if verb else w - 1
        g = n - 1
        if g < 0 or n in taken or joined(n) is None or joined(w - 1) is None:
            continue
        nxt = joined(w + 1)
        if nxt is None or key_zipf(us[g].key) >= COMMON_GIVEN_MAX_ZIPF and us[g].key not in given_names():
            continue  # no given name before (a quick look first: वाले follows most infinitives)
        if not _agent_noun(us[n]):
            continue
        # before ने a given name beyond doubt will do (ब्रायनी दस्ताने बनाने वाली ने); elsewhere one
        # that opens a name (not a rare word spelling some listed name by chance)
        if not (opens_name(us, g) or (nxt.key == ERGATIVE_MARKER and is_clear_given(us[g]))):
            continue
        if nxt.key == ERGATIVE_MARKER:
            pass  # ब्रायनी दस्ताने बनाने वाली ने
        elif nxt.key in FRAME_MARKERS:
            before = joined(g - 1) if us[g].joined_before else None
            if not ((before is not None and person_word(before.key)) or ergative_before(us, g)):
                continue  # एमा दूध वाले की दुकान पर गईं
        elif not (verb and (nxt.key in DETERMINERS or nxt.key in TIME_WORDS or _numeral(nxt))):
            # with no marker only before a determiner, a number or a time word (डेक्लान तीर बनाने
            # वाले दो बार …, रोंडा शराब बनाने वाली शुक्रवार को …):
            # before a noun the phrase may describe it (पीटर चाय बेचने वाले लड़के को), before an
            # auxiliary it is a predicate (जॉन खाना खाने वाले थे: *about to*), before और one of two
            # people (मारिया दूध बेचने वाली और सब्ज़ी वाले से मिलीं)
            continue
        hits.append(Hit(g, w + 1, n, ""))
    return hits
