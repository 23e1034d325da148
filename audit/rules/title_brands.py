"""HI207's source path for one-word names: a capitalised word of the source that names a club, a
company, a brand, a newspaper or a building (Arsenal, Wolves, the Shard, Oracle, Subway) and that
the MT renders by the dictionary Hindi of the common English word (शस्त्रागार, भेड़ियों, ठीकरे),
with no transliteration of it anywhere in the MT. Hindi news keeps such names transliterated
(आर्सेनल, वूल्व्स, द शार्ड).

The English source says which words are names: a capitalised word that does not open its
sentence or follow its opening The (the Shard, at Arsenal, the Ashes, by The Lancet; a name
joined by "and" is one of two: Stripe and Snap, The Observer and Mint), or one that does when a
possessive or a noun of a company's people or stock follows (Apple's, Oracle shares, Jaguar chief
executive: :data:`ORG_NOUNS`) or when its sentence frames it as a firm, a team, a paper or a band
(Reading beat Luton 2-0, Time magazine: :mod:`audit.rules.title_frames`), and one in quotes
anywhere (a nickname: 'Hitman' Rohit Sharma).
Left out:
words English capitalises as common nouns or adjectives of its own — every word WordNet writes
capitalised (Earth, Parliament, Indian, Christmas), whose Hindi is the translation —, given
names and surnames (Rose, Brown: the name rules'), weekdays, months, titles before a name (King,
Captain), stop words, words inside a longer capitalised run (:mod:`title_source` reads those),
and renderings in the conventional vocabulary of translated names (सरकार, संसद, न्यायालय).
CamelCase names (OpenAI, SpiceJet) are read as runs of their parts by :mod:`title_source`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual.hindi import stem_key, words
from audit.rules.title_frames import kind_frame, named_by_frame, product_frame
from audit.rules.title_guards import outside_words, renders_outside
from audit.rules.title_source import HEADLINE_SHARE, LEADING, PERSON_TITLES
from audit.rules.title_words import gloss_tables, instance, known_latin_names, renders, spells_word

#: nouns of a company's people and stock: a capitalised word right before one is a company's name
#: even at the start of a sentence (Oracle shares, Subway customers, Shell's chief executive)
ORG_NOUNS = frozenset(
    """share shares stock stocks ceo chief chairman chairperson founder boss spokesperson spokesman
    spokeswoman customers subscribers employees staff shareholders investors outlets stores
    executives""".split()
)
#: number words: capitalised only to open a sentence, translated in names (the Three Lions)
NUMBERS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
    sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety
    hundred thousand million billion""".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

_CAP_RE = re.compile(r"(?<![\w'’-])([A-Z][a-z]{2,})(?:['’]s)?(?![\w-])")
_SENT_START_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)$")
#: a capitalised word in quotes is a nickname or a title, wherever it stands ('Hitman' Rohit)
_QUOTED_RE = re.compile(r"(?:^|\s)['‘\"“]([A-Z][a-z]{2,})['’\"”]")
#: a capitalised word joined to this one (by "of": the Bank of England) makes one longer name;
#: "and" and "&" join two names (Stripe and Snap, The Observer and Mint), and a capital The inside
#: a sentence opens a paper's or a band's name (by The Economist), so neither joins
_CAPITAL_NEXT_RE = re.compile(r"^(?:['’]s)?[\s-]+(?:of\s+(?:the\s+)?)?[A-Z]")
_CAPITAL_BEFORE_RE = re.compile(r"(?<![A-Za-z])(?!The\s)[A-Z][A-Za-z]*(?:\s+of(?:\s+the)?)?[\s-]+$")
_POSSESSIVE_RE = re.compile(r"['’]s\b")
_OPENING_THE_RE = re.compile(r"(?:^|[.!?:;]\s+|[\"“‘(]\s*)The\s+$")


@lru_cache(maxsize=65536)
def capitalised_in_wordnet(word: str) -> bool:
    """WordNet writes the word capitalised as a noun or adjective (Earth, Parliament, Indian,
    Christmas), not as a place: English capitalises it as a common word, and Hindi translates it."""
    from audit.lang import wordnet

    if not wordnet.available():
        return False
    cap = word[:1].upper() + word[1:]
    places = wordnet.lexfiles("noun")
    for pos in ("noun", "adj"):
        idx = wordnet.index(pos) or {}
        for offset in idx.get(word, ()):
            if cap in wordnet.lemmas_as_written(pos, offset) and not (
                pos == "noun" and (places.get(offset) == LOCATION or _surname(cap, offset))
            ):
                return True
    return False


def _surname(cap: str, offset: int) -> bool:
    """The synset is one person, named by the word as a surname (Masters: Edgar Lee Masters): how
    a person is called says nothing of how English writes the common word (masters)."""
    from audit.lang import wordnet

    return instance(offset) and any(w.endswith("_" + cap) for w in wordnet.lemmas_as_written("noun", offset))


#: WordNet's noun file of places: a place's name (the Amazon) is transliterated like a brand's
LOCATION = "15"


#: WordNet noun files of acts, attributes, thoughts, events, feelings, processes, states and
#: times: a word with such a sense names events and eras (Partition, the Emergency, the Tour),
#: which Hindi translates; clubs, brands and buildings are named after things, animals, people
ABSTRACT_FILES = frozenset({"04", "07", "09", "11", "12", "16", "22", "26", "28"})


@lru_cache(maxsize=65536)
def abstract(word: str) -> bool:
    """One of the word's WordNet noun senses (any lemma) is abstract (:data:`ABSTRACT_FILES`)."""
    from audit.lang import wordnet
    from audit.lang.bilingual import english

    if not wordnet.available():
        return False
    return any(
        f in ABSTRACT_FILES for lemma in english.lemmas(word) for f in wordnet.sense_files("noun", lemma)
    )


def _candidates(src: str) -> list[tuple[str, bool]]:
    """(lower-case word, named by its frame) of the source's one-word capitalised names."""
    toks = re.findall(r"[A-Za-z]+", src)
    if len(toks) >= 5 and sum(t[0].isupper() for t in toks) / len(toks) >= HEADLINE_SHARE:
        return []
    out = []
    for m in _CAP_RE.finditer(src):
        w = m.group(1).lower()
        before, after = src[: m.start()], src[m.end() :]
        prev_cap = _CAPITAL_BEFORE_RE.search(before) and not _OPENING_THE_RE.search(before)
        if prev_cap or _CAPITAL_NEXT_RE.match(src[m.end(1) :]):
            continue  # part of a longer capitalised run: title_source's
        if w in LEADING or w in PERSON_TITLES or w in MONTHS or w in NUMBERS or w.rstrip("s") in WEEKDAYS:
            continue
        # the sentence's first word, or the first after its opening The (The Articles required …:
        # a document's or a group's title-cased name, which Hindi often translates)
        opens = bool(_SENT_START_RE.search(before) or _OPENING_THE_RE.search(before))
        framed = False
        if opens and not _POSSESSIVE_RE.match(src[m.end(1) :]):
            nxt = re.match(r"\s+([A-Za-z]+)", after)
            if not nxt or nxt.group(1).lower() not in ORG_NOUNS:
                # a sentence's first word: a name only before 's or a company's noun, or in the
                # frame of an act of a firm, a team, a paper or a band (Reading beat Luton 2-0)
                framed = w.rstrip("s") not in WEEKDAYS and named_by_frame(w, after)
                if not framed:
                    continue
        out.append((w, framed or product_frame(after) or kind_frame(before)))
    out += [
        (w, False) for w in (m.group(1).lower() for m in _QUOTED_RE.finditer(src)) if (w, False) not in out
    ]
    return out


@lru_cache(maxsize=4096)
def brand_calques(text: str, src: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, English name) of one-word names of ``src`` that ``text`` (NFC) translates."""
    if not engdict.available() or not src:
        return ()
    cands = _candidates(src)
    if not cands:
        return ()
    _, conventional = gloss_tables()
    mt = words(text)
    names = known_latin_names()
    found: list[tuple[int, int, str]] = []
    for w, framed in cands:
        # (an abstract sense does not cut jobs or beat a side: a framed word is a name)
        if w in names or capitalised_in_wordnet(w) or (abstract(w) and not framed):
            continue
        if any(spells_word(h, w) for _s, _e, h in mt):
            continue  # transliterated somewhere: the name is kept
        outside = outside_words(src, (w,))
        for s, e, h in mt:
            if stem_key(h) in conventional or not renders(h, w):
                continue
            if renders_outside(h, w, outside):
                continue  # another source word's Hindi (सिक्के: the coins struck at the Mint)
            found.append((s, e, w.title()))
            break
    return tuple(found)
