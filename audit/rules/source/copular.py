"""HI512, a thing said of what is no thing: a copula whose subject is an abstraction, a person or
a group, and whose predicate names a physical thing (*the leaked memo was a banana skin*, *the
inquiry was a fig leaf*, *the fund has become a honey pot*, *the supply flight was a milk run*),
rendered in the MT by that thing's literal Hindi (केले का छिलका, अंजीर का पत्ता, शहद का बर्तन, दूध
की दौड़).

The class, not a list: a memo cannot literally be a skin, so a physical thing predicated of what
is none is an image whatever the idiom — it needs no inventory. Read from the source:

* a copula (is, was, are, were, be, been, become, became, becomes, remain …, *turned into*)
  after its subject, across adverbs and a raising verb (*turned out to be*, *proved to be*,
  *seems to be*) — or a naming verb (call, term, dub, brand, label) after its object, which is
  then the subject (*called the speech a dog whistle*);
* the subject — the nearest content word before them — names no physical thing in its
  commonest WordNet sense (:data:`THING_FILES`: a car, a bird or a river may be a kind of thing,
  literally) and is no capitalised name (a name may be anything);
* the predicate is a noun phrase after *a*, *an* or *the* (up to three words; not *a kind of*,
  *the head of*: a phrase with *of* names a part or kind) whose head is no person;
* the phrase has two words at least: a lone noun (*a trap*, *a bridge*, *a key*) is as often
  Hindi's own figure (जाल, पुल, कुंजी);
* its thing word is its head or a noun modifier (an adjective is a quality, not a thing), names a
  physical thing in its commonest sense (:func:`audit.lang.bilingual.concrete.is_concrete`), and
  is no animal after adjectives alone (*a sly fox*, *an old lion*: Hindi says चालाक लोमड़ी, बूढ़ा
  शेर of people too);
* the phrase is not one whose word-for-word Hindi is Hindi's own (``audit/data/source_evidence.toml``
  [idioms] established: *white elephant* → सफ़ेद हाथी, *double-edged sword* → दोधारी तलवार), nor a
  compound Hindi borrowed whole (the MT spells its other noun: टाइम बम for *a time bomb*).

The MT must hold the thing's literal Hindi (the one-word noun glosses of the dictionary or the
idiom glossary) at a word that renders no other content word of the source.
"""

from __future__ import annotations

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import THING_FILES, commonest_file, is_concrete, is_person
from audit.lang.bilingual.freedict import Dictionary
from audit.lang.bilingual.hindi import content_words, stem_key
from audit.lang.bilingual.idioms import established, glossary_hindi
from audit.lang.bilingual.phrasal_image import gloss_positions

#: forms of *be* and its linking verbs that predicate a noun phrase of a subject
COPULAS = frozenset(
    "is was are were be been being become became becomes becoming remain remains remained".split()
)
#: words between a subject and its copula, or a copula and its predicate, that are neither
SKIPPED = frozenset(
    """now still just really always long no not never already quite simply truly clearly probably also
    only often perhaps to out turned turn turns proved prove proves seemed seem seems appeared appear
    appears has have had will would could may might must can""".split()
)
#: verbs that predicate a noun phrase of their object (called the speech a dog whistle)
NAMING = frozenset(
    "call calls called calling term terms termed dub dubs dubbed brand brands branded label labels labelled labeled".split()
)
#: *turned into* predicates as *became* does (the meeting turned into a bun fight)
TURNED = frozenset("turn turns turned turning".split())
#: determiners that open the predicate
ARTICLES = frozenset(("a", "an", "the"))
#: content words of the predicate read
MAX_PHRASE = 3
#: a lone noun (a trap, a bridge, a key) is as often Hindi's own figure (जाल, पुल, कुंजी): the
#: phrase must hold a modifier too (a banana skin, a fig leaf, a damp squib)
MIN_PHRASE = 2
#: WordNet's noun file of animals
ANIMAL_FILE = "05"


def _thing(word: str) -> bool:
    """Whether the noun names a physical thing in its commonest sense (a lemon, a skin, a pot)."""
    return commonest_file(word) in THING_FILES and is_concrete(word)


def _subject(toks: list[tuple[int, int, str]], i: int) -> int | None:
    """Index of the copula's subject: the nearest content word before token ``i`` past adverbs
    and raising verbs (*the used car turned out to be*: car)."""
    for k in range(i - 1, -1, -1):
        low = toks[k][2].lower()
        if low in SKIPPED:
            continue
        return k if E.is_content(low) else None
    return None


def _object_end(lows: list[str], i: int) -> int | None:
    """Index of the last word of the object of the naming verb at ``i``, the predicate's article
    right after it (called *the speech* a …); None when no article follows an object."""
    for k in range(i + 2, min(len(lows), i + 2 + MAX_PHRASE + 2)):
        if lows[k] in ARTICLES and E.is_content(lows[k - 1]):
            return k - 1
        if not (E.is_content(lows[k]) or lows[k] in ARTICLES or lows[k].endswith("'s")):
            return None
    return None


def _predicate(src: str, toks: list[tuple[int, int, str]], i: int) -> tuple[int, int] | None:
    """(first, last) token indices of the noun phrase predicated by the copula at ``i``, its
    article left out; None when no article opens it or *of* follows it."""
    k = i + 1
    while k < len(toks) and toks[k][2].lower() in SKIPPED - {"to"}:
        k += 1
    if k >= len(toks) or toks[k][2].lower() not in ARTICLES:
        return None
    first = last = k + 1
    while last < len(toks) and last - first < MAX_PHRASE and E.is_content(toks[last][2].lower()):
        if src[toks[last - 1][1] : toks[last][0]].strip():
            break  # punctuation ends the phrase
        last += 1
    if last == first or (last < len(toks) and toks[last][2].lower() == "of"):
        return None
    return first, last - 1


def _things(words: list[str]) -> list[str]:
    """The phrase's thing words: its head and noun modifiers naming a physical thing (see the
    module); none when the head is a person or the phrase is Hindi's own."""
    head = words[-1]
    if len(words) < MIN_PHRASE or is_person(head) and not _thing(head):
        return []
    skip = {e.replace("-", " ") for e in established()}
    if any(" ".join(words[k:]) in skip for k in range(len(words))):
        return []  # a white elephant, a double-edged sword: Hindi's own
    out = []
    for n, w in enumerate(words):
        if n < len(words) - 1 and wordnet.senses("adj", w):
            continue  # a damp squib, a hard pill: a quality, not a thing
        if (
            w == head
            and commonest_file(w) == ANIMAL_FILE
            and all(wordnet.senses("adj", m) for m in words[:-1])
        ):
            continue  # a sly fox, an old lion: Hindi says चालाक लोमड़ी, बूढ़ा शेर of people too
        if _thing(w):
            out.append(w)
    return out


def find(src: str, mt: str, d: Dictionary) -> list[tuple[int, int, str, str]]:
    """(start, end, the English predicate as written, its thing) of the source's copulas that
    predicate a physical thing of what is none, whose literal Hindi the MT holds."""
    toks = E.tokens(src)
    lows = [t[2].lower() for t in toks]
    found: list[tuple[int, int, list[str]]] = []
    for i, low in enumerate(lows):
        if low in NAMING:
            s = at = _object_end(lows, i)  # called *the speech* a dog whistle: the object is the subject
        elif low in COPULAS or (low == "into" and i and lows[i - 1] in TURNED):
            s, at = _subject(toks, i), i
        else:
            continue
        if (
            s is None
            or at is None
            or (s > 0 and toks[s][2][:1].isupper())
            or commonest_file(lows[s]) in THING_FILES
        ):
            continue
        span = _predicate(src, toks, at)
        if span is None:
            continue
        things = _things(lows[span[0] : span[1] + 1])
        if things:
            found.append((span[0], span[1], things))
    if not found:
        return []
    mt_words = content_words(mt)
    mt_keys = [stem_key(w) for _, _, w in mt_words]
    out = []
    for first, last, things in found:
        if _borrowed(lows[first : last + 1], things, mt_words):
            continue  # टाइम बम for *a time bomb*: the compound borrowed whole
        for thing in things:
            pos = rendered_alone(d, lows, first, last, thing, mt_keys)
            if pos:
                p = min(pos)
                out.append((mt_words[p][0], mt_words[p][1], src[toks[first][0] : toks[last][1]], thing))
                break
    return out


def _borrowed(words: list[str], things: list[str], mt_words: list[tuple[int, int, str]]) -> bool:
    """Whether the MT spells another noun of the phrase (टाइम for *time* in टाइम बम): Hindi
    borrowed the compound whole, and its thing's Hindi is the loan, not a calque."""
    others = [w for w in words if w not in things and not wordnet.senses("adj", w)]
    return any(engdict.is_transliteration(h, w, common=False) for w in others for _s, _e, h in mt_words)


def rendered_alone(
    d: Dictionary, lows: list[str], first: int, last: int, thing: str, mt_keys: list[str]
) -> set[int]:
    """MT positions of the thing's one-word noun Hindi (:func:`noun_hindi`) at words that render
    no content word of the source outside tokens ``first`` … ``last``."""
    outside: set[int] = set()
    for x, t in enumerate(lows):
        if not first <= x <= last and E.is_content(t):
            for lemma in E.lemmas(t):
                outside |= gloss_positions(noun_hindi(d, lemma), mt_keys)
    pos: set[int] = set()
    for lemma in E.lemmas(thing):
        pos |= gloss_positions(noun_hindi(d, lemma), mt_keys)
    return pos - outside


def noun_hindi(d: Dictionary, lemma: str) -> set[tuple[str, ...]]:
    """The word's one-word Hindi as a noun (the dictionary's noun senses, the idiom glossary's
    nouns) as stem keys: *draw* the attraction is no आकर्षित करना."""
    keys: set[tuple[str, ...]] = {
        s.keys for s in d.senses(lemma) if s.pos.upper().startswith("N") and len(s.keys) == 1
    }
    for pos, hindi in glossary_hindi(lemma):
        words = hindi.split()
        if pos == "n" and len(words) == 1:
            keys.add((stem_key(words[0]),))
    return keys
