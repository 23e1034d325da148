"""Literal scenes in the shape of an English idiom's calque (HI205): classes of clean Hindi the
Hindi-only idiom rule reads as an idiom rendered word for word.

HI205 matches the Hindi of an idiom's image words within a few words of each other. Two kinds of
ordinary sentence hold those words without the idiom, told apart by grammar:

* **frame** — the idiom puts a preposition between its verb and its noun (*walk on air*, *sit on
  the sidelines*), which its calque renders by a postposition (हवा *पर* चल, किनारे *पर* बैठे); a
  span without any postposition joins the words in another frame — the noun is the subject of
  an intransitive verb (शाम को ठंडी हवा चली: *the wind blew*) or the head of a compound
  postposition (तालाब के किनारे बैठकर);
* **one of a pair** — an idiom that says a word twice (*dog eat dog*) is calqued with both
  copies (कुत्ता कुत्ते को खाता है); a span with the word once is a scene of one such thing
  (आवारा कुत्तों को खाना खिलाते थे: *fed the dogs*);
* **unrendered qualifier** — the idiom's noun is qualified by an ordinal or by *own* (*play
  second fiddle*, *blow one's own trumpet*), which its calque keeps (दूसरी सारंगी, अपनी तुरही):
  without it in the sentence the words are the everyday action (शादियों में सारंगी बजाते हैं,
  सेना के बैंड ने तुरहियां बजाईं);
* **owner** — the span's first word is owned by a thing: a genitive (का, की, के) right before it
  whose noun names a made thing, a natural object, a plant, an animal or food (WordNet's noun
  files through the dictionary), while the English idiom has no *of* and no possessive (*at a
  loose end*, *cut corners*, *open the floodgates*): the words are a part of that thing (रस्सी का
  ढीला सिरा, कपड़े के कोने काटे, बांध के फाटक खोल दिए, तालाब के किनारे बैठकर). Not when the owner is
  itself the dictionary's Hindi of a word of the idiom (मकड़ी के जाले: *cobwebs*);
* **doubled** — a word of the span stands twice around a postposition (हाथ पर हाथ धरे बैठे, दिन
  पर दिन) while the English idiom says no word twice (*sit on one's hands*): Hindi's own
  reduplicated idiom frame, which no word-for-word rendering of the English makes.

:func:`literal` is the one test HI205 and HI209 call on a finding.
"""

from __future__ import annotations

from functools import lru_cache

from audit.lang import engdict, wordnet
from audit.lang.bilingual import abstract
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key, words
from audit.lang.function_words import HINDI_GENITIVES

#: English prepositions an idiom puts between its verb and its noun
PREPOSITIONS = frozenset("on in into onto at over under by from through with upon".split())
#: Hindi postpositions (and the second words of compound ones): any of them in the span renders
#: some frame
POSTPOSITIONS = frozenset("पर में से को तक के की का ऊपर नीचे अंदर भीतर बाहर साथ पास ओर तरफ़ तरफ लिए द्वारा".split())
#: English ordinal numbers an idiom's noun may carry (not *last*: FreeDict gives it अन्तिम and गत, not
#: the आख़िरी MT writes, so its Hindi cannot be told unrendered)
ORDINALS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth eleventh".split())
#: Hindi for *own* (the reflexive possessive) in its inflections and adverb
_OWN = frozenset("अपना अपनी अपने ख़ुद खुद स्वयं निज".split())


def _idiom_words(english: str) -> list[str]:
    return [w.strip("'’").lower() for w in english.replace("-", " ").split()]


#: words around the span searched for a postposition (before, after)
_AROUND = (1, 1)


def _phrasal(verb: str, particle: str) -> bool:
    """Whether WordNet has ``verb particle`` as one verb (*throw in*, *turn over*): the word
    after the verb is its particle, not a preposition of the noun."""
    return any(wordnet.senses("verb", f"{lemma}_{particle}") for lemma in E.lemmas(verb))


def _around(text: str, start: int, end: int) -> list[tuple[int, int, str]] | None:
    """The words of ``text`` that overlap ``text[start:end]`` and the few around them
    (:data:`_AROUND` before and after); None when no word overlaps the span."""
    tokens = words(text)
    inside = [i for i, (s, e, _) in enumerate(tokens) if s < end and e > start]
    if not inside:
        return None
    return tokens[max(0, inside[0] - _AROUND[0]) : inside[-1] + 1 + _AROUND[1]]


def missing_frame(text: str, start: int, end: int, english: str) -> bool:
    """Whether the idiom ``english`` is a verb, a preposition and its noun (*walk on air*) and
    no postposition stands in the span ``text[start:end]`` or just around it."""
    ws = _idiom_words(english)
    if len(ws) < 3 or ws[1] not in PREPOSITIONS or _phrasal(ws[0], ws[1]):
        return False
    around = _around(text, start, end)
    return around is not None and not any(w in POSTPOSITIONS for _, _, w in around)


#: how many letters of a Hindi ordinal's stem identify it (दूसर-, ग्यारहव-)
_PREFIX = 4


def single_copy(text: str, start: int, end: int, english: str) -> bool:
    """Whether the idiom ``english`` says a content word twice (*dog eat dog*) but neither the
    span ``text[start:end]`` nor the words just around it hold any word twice (in any
    inflection, hyphenated parts counted apart: कुत्ता-कुत्ते-को-खाए)."""
    ws = [w for w in _idiom_words(english) if E.is_content(w)]
    if len(set(ws)) == len(ws):
        return False
    around = _around(text, start, end)
    if around is None:
        return False
    keys = [stem_key(p) for _, _, w in around for p in w.split("-") if p]
    return len(set(keys)) == len(keys)


@lru_cache(maxsize=256)
def _ordinal_keys(word: str) -> frozenset[str]:
    """The stems of the dictionary's one-word Hindi for the ordinal ``word`` (दूसरा → दूसर)."""
    hindi = engdict.dictionary().translations(word, max_rank=2)
    return frozenset(stem_key(h)[:_PREFIX] for h in hindi if " " not in h)


def unrendered_qualifier(text: str, english: str) -> bool:
    """Whether the idiom ``english`` qualifies its noun by an ordinal or *own* that ``text``
    does not render."""
    ws = _idiom_words(english)
    keys = {stem_key(w)[:_PREFIX] for _, _, w in words(text)}
    found = False
    for w in ws:
        if w == "own":
            found = True
            if any(t in _OWN for _, _, t in words(text)):
                return False
        elif w in ORDINALS and _ordinal_keys(w):
            found = True
            if keys & _ordinal_keys(w):
                return False
    return found


def _own_hindi(english: str) -> frozenset[str]:
    """The stems of every word of the dictionary's Hindi for the idiom's words."""
    d = engdict.dictionary()
    return frozenset(
        stem_key(h) for w in _idiom_words(english) for t in d.translations(w) for h in t.split() if h
    )


def owned_thing(text: str, start: int, end: int, english: str) -> bool:
    """Whether a genitive right before the span ``text[start:end]`` makes its first word a part
    of a thing (the **owner** class) while the idiom ``english`` has no *of* or possessive."""
    ws = _idiom_words(english)
    if "of" in ws or any("'" in w or "’" in w for w in english.lower().split()):
        return False
    tokens = words(text)
    first = next((i for i, (s, e, _) in enumerate(tokens) if s < end and e > start), None)
    if first is None or first < 2 or tokens[first - 1][2] not in HINDI_GENITIVES:
        return False
    owner = tokens[first - 2][2]
    if not (abstract.scene_lexfiles(owner) or abstract.scene_kinds_any(owner)):
        return False
    return stem_key(owner) not in _own_hindi(english)


def doubled(text: str, start: int, end: int, english: str) -> bool:
    """Whether a word of the span stands twice around a postposition (the **doubled** class)
    while the idiom ``english`` says no content word twice."""
    ws = [w for w in _idiom_words(english) if E.is_content(w)]
    if len(set(ws)) != len(ws):
        return False
    tokens = words(text)
    inside = [i for i, (s, e, _) in enumerate(tokens) if s < end and e > start]
    if not inside:
        return False
    around = tokens[max(0, inside[0] - 2) : inside[-1] + 3]
    keys = [stem_key(w) for _, _, w in around]
    return any(keys[k] == keys[k + 2] and around[k + 1][2] in POSTPOSITIONS for k in range(len(keys) - 2))


def literal(text: str, start: int, end: int, english: str) -> bool:
    """Whether HI205's finding ``text[start:end]`` of the idiom ``english`` is a literal scene of
    one of the module's classes."""
    if not english:
        return False
    return (
        missing_frame(text, start, end, english)
        or single_copy(text, start, end, english)
        or unrendered_qualifier(text, english)
        or owned_thing(text, start, end, english)
        or doubled(text, start, end, english)
    )
