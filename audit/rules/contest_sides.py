"""A side of a contest: a word that a verb of competition has as its actor or its object (HI401).

Hindi sports news writes a team by its English name, plural and all (लायनेसेस, कोयोट्स, टाइटन्स,
जैगुआर्स), and a team is what wins, beats, loses and plays. A plural Hindi has a word for, left in
Devanagari, is English untranslated (फार्मर्स, फ्लावर्स, पैरट्स); the same plural as a side of a
contest is a team's name (पेंगुइन्स ने कोयोट्स को हराया, हैमर्स ने … लीग जीती). The class is read
from the resources, never from a list of verbs or teams:

* a **verb of competition** is a Hindi verb (an inflected form whose stem + ना the dictionary
  translates) most of whose English verbs have their first WordNet sense in the verb.competition
  file (33: *win*, *beat*, *defeat*, *play*): जीती (जीतना: win, conquer, vanquish), हराया (हराना:
  beat, defeat, outplay), खेलेंगे (खेलना: play). करना (do, face, perform) and होना are no such verb;
* a **noun of contest** is a Hindi noun most of whose dictionary English nouns have one of their
  first two WordNet senses under *contest* (मुक़ाबला: *match*; प्रतियोगिता: *competition*);
* the word is a **side** when such a verb or noun follows it in the same sentence (टेक्सन्स और
  जैगुआर्स का मुक़ाबला रविवार को है).

Limits: a plural of people who compete (*players*, प्लेयर्स ने मैच जीता) is a side as well and is
not flagged by HI401 then; a team named by a noun that is no plural is not HI401's matter.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet

#: WordNet's verb.competition lexicographer file
COMPETITION_FILE = "33"
#: endings of Hindi verb forms: the stem before one + ना is the infinitive (हराया → हराना, जीती → जीतना)
_VERB_ENDINGS = (
    "ेंगे", "ेंगी", "ेगा", "ेगी", "ाया", "ाई", "ाए", "या", "यी", "ये", "ता", "ती", "ते", "ने", "ना",
    "कर", "ें", "ीं", "ा", "ी", "े", "",
)  # fmt: skip
_SENTENCE_END = frozenset("।॥.!?;")


@lru_cache(maxsize=8192)
def contest_verb(token: str) -> bool:
    """Whether ``token`` is a form of a Hindi verb of competition (see the module docstring)."""
    if not (engdict.available() and wordnet.available()):
        return False
    d = engdict.dictionary()
    for infinitive in engdict.infinitives(token, _VERB_ENDINGS):
        verbs = {
            s.english
            for s in d.translates_as_word(infinitive)
            if s.pos.upper().startswith("V") and " " not in s.english
        }
        if not verbs:
            continue
        contest = sum(1 for v in verbs if wordnet.sense_files("verb", v)[:1] == [COMPETITION_FILE])
        if 2 * contest > len(verbs):
            return True  # (any reading: जीती is जीतना's, not जीना's)
    return False


@lru_cache(maxsize=8192)
def contest_noun(token: str) -> bool:
    """Whether ``token`` is a Hindi noun of contest (see the module docstring)."""
    if not (engdict.available() and wordnet.available()):
        return False
    index = wordnet.index("noun") or {}
    nouns = [
        s.english
        for s in engdict.dictionary().translates_as_word(token)
        if s.pos.upper().startswith("N") and s.english in index
    ]
    contest = sum(1 for n in nouns if any(wordnet.noun_under(o, _CONTEST) for o in index[n][:2]))
    return 2 * contest > len(nouns)


#: the WordNet noun a noun of contest lies under
_CONTEST = frozenset({"contest"})


def contest_side(text: str, toks: list[tuple[int, int, str]], i: int) -> bool:
    """Whether a verb of competition or a noun of contest follows word ``i`` of ``toks`` (Devanagari
    words of ``text``) in its sentence: the word is a side of the contest (लायनेसेस ने फिर यूरोपीय
    ख़िताब जीता)."""
    for k in range(i + 1, len(toks)):
        if any(c in _SENTENCE_END for c in text[toks[k - 1][1] : toks[k][0]]):
            return False
        if contest_verb(toks[k][2]) or contest_noun(toks[k][2]):
            return True
    return False
