"""Kinds of names Hindi translates, told by the English source (HI207's source veto, HI514).

A word-for-word Hindi rendering of a capitalised English name is a calque when Hindi news writes
the name out (bands, clubs, firms, papers, places abroad: पर्ल जैम, not मोती जाम). For five
kinds of name Hindi gives the name in its own words, and the source says which kind it is:

- a **public body of the Indian state**: the name holds a mark of the state (India, Indian,
  National, Central) and its head is a kind of administrative body in one of its WordNet senses
  (board, bureau, commission, authority, ministry) or a field of work by its first sense (the
  Archaeological Survey of India, the National Book Trust: a survey, a trust). Hindi names these
  bodies in Hindi (भारतीय मसाला बोर्ड, भारतीय पुरातत्व सर्वेक्षण, राष्ट्रीय पुस्तक न्यास); a
  firm or a league of the same words keeps its English (Indian Oil, Indian Premier League: no
  body head);
- a **landmark or festival in India**: the name's head is a structure, a landform or a festival
  by its first WordNet sense (palace, temple, bridge, valley, fair) and the source ties it to an
  Indian place outside the name — "the Palace of Winds *in Jaipur*", "the Living Root Bridges
  *of Meghalaya*", "*Konark's* Sun Temple" (hawa mahal is the palace's own name; places of India:
  the Faker en_IN towns and states of ``data/place_names_hi.tsv`` and WordNet's parts of India).
  A place inside the name (Kota Factory, Mumbai City) makes a show's, a firm's or a team's name,
  and a landmark abroad (the Space Needle in Seattle) is written out;
- a **body named for its field**: a group noun by its first WordNet sense that is a kind of
  administrative body opens the name and "of" follows (the Ministry of Railways, the Department of
  Space): Hindi gives the body and its field in its own words (रेल मंत्रालय, अंतरिक्ष विभाग),
  whatever the state; a head that is a building first (the House of Lords) keeps the English;
- an **epithet**: a capitalised adjective after a person's name and "the" (Ivan the Terrible,
  Ashoka the Great): Hindi translates the epithet (इवान भयानक, अशोक महान);
- a **place of worship named after a thing**: the head is a place of worship by its first WordNet
  sense (temple, mosque, shrine, abbey) and every word before it a noun with no adjective sense
  (the Lotus Temple, the Sun Temple at Konark): Hindi names a shrine after its symbol or deity in
  its own words (कमल मंदिर, सूर्य मंदिर). An adjective before the head (the Inner Temple, an Inn
  of Court in London) or a place of worship in a longer name (Temple Street, Abbey Road) keeps
  the English.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.core.data import data_text

#: words that mark a name as the Indian state's (the Reserve Bank of India, National Book Trust)
STATE_MARKS = frozenset("india indian national central bharat bharatiya".split())
#: WordNet synsets (by lemma) of the administrative bodies a state's body is named by
_BODY_LEMMAS = frozenset({"administrative_unit", "administrative_body"})
#: WordNet noun lexicographer files of fields of work (as :mod:`audit.rules.title_bodies`)
_FIELD_FILES = frozenset({"04", "07", "09", "10", "21", "26"})
#: WordNet synsets (by lemma) over the heads of landmarks and festivals
_LANDMARK_LEMMAS = frozenset(
    {"structure", "geological_formation", "natural_elevation", "festival", "fair", "celebration"}
)
#: WordNet synsets (by lemma) over the heads of shrines
_WORSHIP_LEMMAS = frozenset({"place_of_worship"})
#: prepositions that tie a landmark to its place (the Palace of Winds in Jaipur)
_PLACE_TIES = frozenset("in at of near".split())
#: how many words a name of the source may have (as title_source's runs)
MAX_NAME_WORDS = 8

_RUN_RE = re.compile(
    r"[A-Z][A-Za-z]*(?![A-Za-z'’])(?:[ \-]+(?:(?:of|and|the)\s+)*[A-Z][A-Za-z]*(?![A-Za-z'’]))*"
)
_WORD_RE = re.compile(r"[A-Za-z]+")


def _first_alternative(english: str) -> str:
    """The first of a field's "/" alternatives, its note in brackets left out."""
    return re.sub(r"\([^)]*\)", " ", english.split("/")[0]).strip()


def name_span(english: str, src: str) -> tuple[int, int] | None:
    """(start, end) in ``src`` of the capitalised run that holds ``english`` (the whole name:
    Spices Board of India for the finding's Spices Board)."""
    want = [w.lower() for w in _WORD_RE.findall(_first_alternative(english))]
    if not want:
        return None
    for m in _RUN_RE.finditer(src):
        got = [w.lower() for w in _WORD_RE.findall(m.group())]
        if len(got) > MAX_NAME_WORDS:
            continue
        if any(got[i : i + len(want)] == want for i in range(len(got) - len(want) + 1)):
            return m.start(), m.end()
    return None


def _head(words: list[str]) -> str:
    """The head of a name: the word before its first "of" (Palace of Winds), else its last."""
    if "of" in words[1:]:
        return words[words.index("of", 1) - 1]
    return words[-1]


@lru_cache(maxsize=8192)
def _noun_senses(word: str) -> tuple[int, ...]:
    from audit.lang import wordnet
    from audit.lang.bilingual import english

    if not wordnet.available():
        return ()
    # the lemma first: a plural may be a surname of its own (Bridges, Rhodes)
    for lemma in (*[x for x in english.lemmas(word) if x != word], word):
        found = wordnet.senses("noun", lemma)
        if found:
            return found
    return ()


@lru_cache(maxsize=8192)
def _body_head(word: str) -> bool:
    """A kind of administrative body in one of its senses, or a field of work by its first."""
    from audit.lang import wordnet

    senses = _noun_senses(word)
    if not senses:
        return False
    if any(wordnet.noun_under(o, _BODY_LEMMAS, depth=8) for o in senses):
        return True
    return wordnet.synset_at("noun", senses[0]).lexfile in _FIELD_FILES


@lru_cache(maxsize=8192)
def _landmark_head(word: str) -> bool:
    """A structure, a landform or a festival by its first WordNet sense."""
    from audit.lang import wordnet

    senses = _noun_senses(word)
    return bool(senses) and wordnet.noun_under(senses[0], _LANDMARK_LEMMAS, depth=10)


@lru_cache(maxsize=8192)
def _worship_head(word: str) -> bool:
    """A place of worship by its first WordNet sense (temple, mosque, shrine)."""
    from audit.lang import wordnet

    senses = _noun_senses(word)
    return bool(senses) and wordnet.noun_under(senses[0], _WORSHIP_LEMMAS, depth=10)


@lru_cache(maxsize=8192)
def _thing_noun(word: str) -> bool:
    """A noun of WordNet with no adjective sense (lotus, sun; not inner, golden)."""
    from audit.lang import wordnet

    return bool(_noun_senses(word)) and not wordnet.senses("adj", word)


def shrine_name(words: list[str]) -> bool:
    """The name (lower-case words) is a place of worship named after things (see the module)."""
    return (
        len(words) >= 2
        and "of" not in words
        and _worship_head(words[-1])
        and all(_thing_noun(w) for w in words[:-1])
    )


@lru_cache(maxsize=1)
def _indian_places() -> frozenset[str]:
    """English names (lower case) of the place table's towns and states of India (Faker en_IN)."""
    out = set()
    for line in data_text("place_names_hi.tsv").splitlines():
        if line and not line.startswith("#"):
            english, _hindi, source = (line.split("\t") + ["", ""])[:3]
            if source == "faker-en_IN" and english != "-":
                out.add(english)
    return frozenset(out)


@lru_cache(maxsize=1)
def _india_synsets() -> frozenset[int]:
    from audit.lang import wordnet

    return frozenset(wordnet.senses("noun", "india")) if wordnet.available() else frozenset()


#: how many part-of steps WordNet may take from a place to India (Jaipur → Rajasthan → India)
HOLONYM_STEPS = 4


@lru_cache(maxsize=8192)
def indian_place(word: str) -> bool:
    """The word (lower case) names a town, a state or a region of India."""
    if word in _indian_places() or word in STATE_MARKS:
        return True
    from audit.lang import wordnet

    india = _india_synsets()
    if not india:
        return False
    frontier = set(wordnet.senses("noun", word))
    seen = set(frontier)
    for _ in range(HOLONYM_STEPS):
        frontier = {h for o in frontier for h in wordnet.holonyms(o)} - seen
        if frontier & india:
            return True
        seen |= frontier
    return False


def _tied_place(src: str, start: int, end: int) -> bool:
    """The source ties the name at ``start:end`` to an Indian place outside it: "NAME in/at/of
    PLACE" or "PLACE's NAME"."""
    after = re.match(r"\s*,?\s+([a-z]+)\s+([A-Z][a-z]+)", src[end:])
    if after and after.group(1) in _PLACE_TIES and indian_place(after.group(2).lower()):
        return True
    before = re.search(r"([A-Z][a-z]+)['’]s\s+(?:the\s+)?$", src[:start])
    return before is not None and indian_place(before.group(1).lower())


def state_body(words: list[str]) -> bool:
    """The name (lower-case words) is a public body of the Indian state."""
    return bool(STATE_MARKS.intersection(words)) and _body_head(_head(words))


def field_body(words: list[str]) -> bool:
    """The name (lower-case words) is a body named for its field: a group noun by its first WordNet
    sense that is a kind of administrative body opens it, and "of" follows (the Ministry of Earth
    Sciences, the Department of Space, the Bureau of Indian Standards): Hindi gives the field and
    the body in its own words (पृथ्वी विज्ञान मंत्रालय, अंतरिक्ष विभाग), wherever the state."""
    from audit.lang import wordnet

    if len(words) < 3 or words[1] != "of" or not _body_head(words[0]):
        return False
    senses = _noun_senses(words[0])
    return bool(senses) and wordnet.synset_at("noun", senses[0]).lexfile == _GROUP_FILE


#: WordNet's noun file of groups (ministry, department, bureau; not house, a building first)
_GROUP_FILE = "14"


def indian_landmark(words: list[str], src: str, start: int, end: int) -> bool:
    """The name is a landmark or a festival that the source places in India (its closing "of
    PLACE" too: the Living Root Bridges of Meghalaya)."""
    if not _landmark_head(_head(words)):
        return False
    of_place = "of" in words[1:-1] and indian_place(" ".join(words[len(words) - words[::-1].index("of") :]))
    return of_place or _tied_place(src, start, end)


_EPITHET_RE = re.compile(r"\b[A-Z][a-z]+\s+the\s+$")


def epithet(english: str, src: str) -> bool:
    """``english`` is one capitalised adjective the source writes after a name and "the" (Ivan
    the Terrible)."""
    from audit.lang import wordnet

    word = _first_alternative(english)
    if not word.isalpha() or not word[:1].isupper() or not wordnet.available():
        return False
    at = [m.start() for m in re.finditer(rf"\b{word}\b", src)]
    return any(_EPITHET_RE.search(src[:i]) for i in at) and bool(wordnet.senses("adj", word.lower()))


@lru_cache(maxsize=8192)
def translated_kind(english: str, src: str) -> bool:
    """The source's name that holds ``english`` is of a kind Hindi translates (see the module)."""
    if epithet(english, src):
        return True
    span = name_span(english, src)
    if span is None:
        return False
    start, end = span
    words = [w.lower() for w in _WORD_RE.findall(src[start:end])]
    if words and words[0] == "the":
        words = words[1:]
    if not words:
        return False
    return (
        state_body(words)
        or field_body(words)
        or indian_landmark(words, src, start, end)
        or shrine_name(words)
    )
