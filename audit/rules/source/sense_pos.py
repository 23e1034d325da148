"""HI513 beyond the sense inventory: an English word used as one part of speech rendered by the
dictionary's Hindi for another (*a novel treatment* → उपन्यास, *to be patient* → मरीज़, *a fine
of* → बढ़िया, *elected to bowl* → कटोरा, *to stem the spread* → तना).

The English word's use is read cheaply from its neighbours (an auxiliary or *to* before a verb;
*be* or *very* before an adjective; a determiner before a noun followed by a function word, or
before an adjective followed by a noun) and checked against WordNet's index of that part of
speech; the Hindi word's part of speech is the FreeDict sense it translates. Only clashes a
translation rarely makes on purpose are reported: an adjective or verb rendered by a noun and a
noun rendered by an adjective (not a verb by an adjective: Hindi makes verbs of adjectives,
सुरक्षित करना), when the dictionary has a translation of the right part of speech and none of
those is in the MT — or, for a verb, when the dictionary has no verb translation of the word at
all (*chose to bat* → चमगादड़: FreeDict gives *bat* only nouns).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from audit.lang import engdict, wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.bilingual.hindi import words as hindi_words
from audit.lang.inflection import transitive_twins
from audit.rules.source.common import dictionary
from audit.rules.source.sense_guards import defined_by_itself, verb_renders

#: auxiliaries and modals before a verb (*will* present, *did* object)
VERB_BEFORE = frozenset(
    "will would shall should can could may might must did does do didn't doesn't don't won't "
    "can't cannot wouldn't shouldn't couldn't".split()
)
#: verbs after which *to* + word is an infinitive (*elected to* bowl, *sought to* stem)
INTENT_VERBS = frozenset(
    "decided decide decides chose choose chooses elected elect elects opted opt wants want wanted "
    "plans plan planned agreed agree refused refuse tried try tries began begin begins helped help "
    "helps need needs needed aims aim aimed vowed vow promised promise threatened threaten sought "
    "seek seeks failed fail hopes hope hoped expected expects allowed urged asked moved move "
    "pledged pledge continue continued continues managed manage".split()
)
#: words before a predicative adjective (*be* patient, *very* novel)
ADJ_BEFORE = frozenset(
    "is are was were be been being very so too more most quite extremely remain remained remains "
    "seem seemed seems become became becomes stay stayed stays".split()
)
DETERMINERS = frozenset(
    "a an the this that these those its his her their our my your every each another".split()
)
#: adjectives that work like function words (ordinals, comparatives): never judged
FUNCTION_ADJECTIVES = frozenset(
    "first second third fourth fifth last next better best worse worst more most less least other "
    "same such own only few many much several whole".split()
)
PRONOUNS = frozenset("it them him her us me you this that these those".split())
POSTPOSITIONS = frozenset("में से का के की को पर तक ने".split())
#: (English use, Hindi parts of speech) pairs reported
CLASHES = {("a", frozenset("n")), ("v", frozenset("n")), ("n", frozenset("a"))}


@dataclass(frozen=True)
class PosClash:
    start: int
    end: int
    english: str
    use: str  # "noun" / "verb" / "adjective"
    correct: str  # a dictionary translation of the right part of speech ("" when it has none)


def _fd_pos(pos: str) -> str:
    p = pos.lower()
    return "v" if p.startswith("v") else "n" if p.startswith("n") else "a" if p.startswith("adj") else ""


@lru_cache(maxsize=3)
def _index(pos: str) -> dict[str, tuple[int, ...]]:
    return wordnet.index(pos) or {}


def _is(word: str, pos: str) -> bool:
    return any(lemma in _index(pos) for lemma in (word, *E.lemmas(word)))


def english_use(toks: list[tuple[int, int, str]], i: int, lemma: str) -> str | None:
    """ "v", "a", "n" or None (not sure) for token ``i`` read as ``lemma``."""
    word = toks[i][2].lower()
    prev = toks[i - 1][2].lower() if i else ""
    prev2 = toks[i - 2][2].lower() if i > 1 else ""
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    if lemma in FUNCTION_ADJECTIVES or word in FUNCTION_ADJECTIVES or "'" in word or "’" in word:
        return None
    if prev in VERB_BEFORE or prev == "to" and (prev2 in INTENT_VERBS or nxt in DETERMINERS | PRONOUNS):
        return "v" if lemma in _index("verb") else None
    if _after_subject(toks, i, lemma):
        return "v"
    if prev in ADJ_BEFORE:
        # not a participle (*were hurt*, *was born*: a passive, often rendered by a noun)
        participle = word.endswith(("ed", "en", "ing")) or word in _index("verb") or word != lemma
        return "a" if lemma in _index("adj") and not participle else None
    if prev in DETERMINERS and (not nxt or not E.is_content(nxt)):
        return "n" if lemma in _index("noun") else None
    return None


#: subject pronouns before a finite verb (*she* trains, *he* tripped)
SUBJECTS = frozenset("i he she we they who".split())
#: words a finite verb in -s is followed by (*lasts* ten hours, *trains* young wrestlers)
_AFTER_S_VERB = DETERMINERS | PRONOUNS | frozenset("on in at for with from into over up down off".split())


def _after_subject(toks: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Whether token ``i``, an inflected verb form (*-ed*, *-s*, or an irregular one WordNet's
    exceptions give another lemma: *left*, *wound*), is the finite verb of a sentence-initial
    subject: a subject pronoun (*She trains*), or a determiner, at most one modifier and a noun
    (*The horse bolted*, *The old bank poached*, *The battery lasts* ten hours). After a noun, a
    form in *-s* also needs an object or adverbial after it, so a plural noun (*the school gates
    were*) is not read as a verb."""
    word = toks[i][2].lower()
    if not 1 <= i <= 4 or lemma not in _index("verb") or "'" in word or "’" in word:
        return False
    past = word.endswith("ed") or word != lemma and not word.endswith("s")
    if not (past or word.endswith("s")):
        return False
    low = [t.lower() for _, _, t in toks[:i]]
    if i == 1 and low[0] in SUBJECTS:
        return True
    else:
        mods = low[1:-1]
        head = low[-1]
        noun = head in _index("noun") or head.endswith("s") and head[:-1] in _index("noun")
        subject = 2 <= i <= 3 and low[0] in DETERMINERS and noun and head not in _index("adj")
        subject = subject and all(E.is_content(w) and not w.endswith(("ed", "ing")) for w in mods)
    if not subject or past:
        return subject
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    return nxt in _AFTER_S_VERB or nxt.isdigit() or nxt in E.NUMBER_WORDS


def _phrasal_head(toks: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Whether the verb at ``i`` heads a WordNet multiword verb with the next word (*step down*,
    *turn up*, *give in*): its meaning is not the head's, and Hindi says it with a noun and a verb
    (पद छोड़ना), so the head's other part of speech proves nothing."""
    if i + 1 >= len(toks):
        return False
    return f"{lemma}_{toks[i + 1][2].lower()}" in _index("verb")


def _translates(d: object, lemma: str, key: str) -> bool:
    return any(k == (key,) for k in d.keys(lemma))  # type: ignore[attr-defined]


@lru_cache(maxsize=4096)
def pos_clashes(src: str, mt: str) -> tuple[PosClash, ...]:
    """The MT words that render a source word by its Hindi for another part of speech."""
    d = dictionary()
    if d is None or not src:
        return ()
    toks = E.tokens(src)
    hws = hindi_words(mt)
    keys = [stem_key(w) for _, _, w in hws]
    key_set = set(keys)
    out: list[PosClash] = []
    for i, (_, _, tok) in enumerate(toks):
        if not E.is_content(tok) or (i and tok[:1].isupper()):
            continue
        lemma = next((x for x in (tok.lower(), *E.lemmas(tok.lower())) if d.senses(x)), None)
        if lemma is None:
            continue
        use = english_use(toks, i, lemma)
        if use is None or use == "v" and _phrasal_head(toks, i, lemma):
            continue
        senses = d.senses(lemma)
        right = [s for s in senses if _fd_pos(s.pos) == use and s.keys]
        if any(set(s.keys) & key_set for s in right):
            continue
        if not right and not (use == "v" and _no_verb_sense(senses)):
            continue
        # read from the subject before it (not an auxiliary): its clashes need more care
        finite = use == "v" and i > 0 and toks[i - 1][2].lower() not in VERB_BEFORE | {"to"}
        for k, (s, e, _w) in enumerate(hws):
            pos = frozenset(_fd_pos(x.pos) for x in senses if x.keys == (keys[k],)) - {""}
            if not pos or (use, pos) not in CLASHES:
                continue
            after = hws[k + 1][2] if k + 1 < len(hws) else ""
            if use == "v" and (_verb_form(hws[k][2]) or _light_verb(after) or _clause_final(mt, e)):
                continue  # a verb form already (कतरा at the clause's end), or a conjunct verb's noun (आवाज़ देंगी)
            if use == "v" and verb_renders(after, lemma):
                continue  # the next word renders the verb itself: a conjunct verb's noun (मूल्य आंकने)
            if use == "v" and _passive_twin(hws[k][2], keys[k], right):
                continue  # the intransitive twin of the verb's own Hindi (*was tied* → बंधी थी: बांधना)
            before = hws[k - 1][2] if k else ""
            if finite and (after in POSTPOSITIONS or before.endswith(("का", "के", "की"))):
                continue  # a noun phrase of its own, an argument of the verb (मोड़ पर मुड़ी, उसके पास आई)
            if use == "n" and after in POSTPOSITIONS:
                continue  # used as a noun in the Hindi (बीच में)
            if use == "n" and pos == {"a"} and _head_noun(after):
                continue  # the noun said as the adjective of a head noun (*a staple* → मुख्य आहार)
            if _elsewhere(d, toks, i, lemma, keys[k]):
                continue
            if use == "v" and _applied(after) and _made_of_noun(toks, i, lemma):
                continue  # a verb made of the noun, said as noun + लगाना (*buttered a slice* → मक्खन लगाया)
            name = {"v": "verb", "a": "adjective", "n": "noun"}[use]
            out.append(PosClash(s, e, tok, name, right[0].hindi if right else ""))
    return tuple(out)


#: endings of Hindi verb forms (चाहूंगा, बढ़ेगी, करता): such a word renders a verb already
_VERB_ENDINGS = ("ूंगा", "ूँगा", "ूंगी", "ेगा", "ेगी", "ेंगे", "ेंगी", "ता", "ती", "ते", "ना", "ने", "या", "ाई", "ाए")


#: inflected forms of देना, the light verb that makes a verb of a noun given (आवाज़ देंगी, जवाब
#: दिया, इस्तीफ़ा दे दिया); करना is left out: चमगादड़ करने is a wrong sense, not a conjunct verb
_LIGHT_PREFIXES = ("दे", "दी", "दिय", "दिए")


def _light_verb(word: str) -> bool:
    return word.startswith(_LIGHT_PREFIXES) and word not in ("देश", "देर", "देख", "देखा", "देवी")


def _applied(word: str) -> bool:
    """Whether the Hindi ``word`` is a form of लगाना, the light verb of putting a thing on another
    (मक्खन लगाया, ताला लगा दिया)."""
    return word.startswith("लगा")


def _made_of_noun(toks: list[tuple[int, int, str]], i: int, lemma: str) -> bool:
    """Whether token ``i`` (the verb ``lemma``) takes an object (a determiner, possessive, pronoun
    or number follows) in a WordNet sense defined through the noun it is made of (*butter*:
    "spread butter on", *bolt* the door: "secure or lock with a bolt"). *The horse bolted at*
    … takes none."""
    nxt = toks[i + 1][2].lower() if i + 1 < len(toks) else ""
    if not (nxt in DETERMINERS or nxt in PRONOUNS or nxt.isdigit() or nxt in E.NUMBER_WORDS):
        return False
    return any(defined_by_itself("verb", o, lemma) for o in wordnet.senses("verb", lemma))


def _head_noun(word: str) -> bool:
    """Whether the Hindi ``word`` reads as a noun: the dictionary gives it as the whole translation
    of an English noun and of no preposition (आहार: food, भोजन: meal; not पर: on, feather), and a
    word with a verb's ending is read as a verb unless the dictionary reads it as no verb
    (योजना: plan, scheme is a noun; not है, not खाना: food, eat)."""
    if not word or word in POSTPOSITIONS:
        return False
    readings = {s.pos.lower()[:4] for s in engdict.dictionary().translates_as_word(word)}
    if _verb_form(word) and (not readings or any(r.startswith("v") for r in readings)):
        return False
    return "n" in readings and "prep" not in readings


def _clause_final(mt: str, end: int) -> bool:
    """Whether the Hindi word ending at ``end`` ends its clause (a danda, a comma or the end
    follows): Hindi puts the verb there, so the word is read as one (ऊन कतरा, बटन टांका)."""
    rest = mt[end:].lstrip()
    return not rest or rest[0] in "।.,;:!?|"


#: endings of a Hindi perfective participle (बंधा, बंधी, बंधे, बंधीं)
_PARTICIPLE_ENDINGS = ("ा", "ी", "े", "ीं")


def _passive_twin(word: str, key: str, right: list[Any]) -> bool:
    """Whether the Hindi ``word`` (stem key ``key``) is a participle of the intransitive twin of
    one of the source verb's verb translations ``right`` (बंधी of बंधना, the twin of *tie*'s
    बांधना: *the cow was tied* → गाय … बंधी थी). The dictionary gives the transitive only, and an
    old spelling of a noun (बन्धनी) may share the participle's stem key."""
    if not word.endswith(_PARTICIPLE_ENDINGS):
        return False
    verbs = {s.keys[0] for s in right if s.keys}
    return any(twin in verbs for twin in transitive_twins(key))


def _no_verb_sense(senses: list[Any]) -> bool:
    return not any(_fd_pos(s.pos) == "v" for s in senses)


def _verb_form(word: str) -> bool:
    return word.endswith(_VERB_ENDINGS)


def _elsewhere(d: object, toks: list[tuple[int, int, str]], i: int, lemma: str, key: str) -> bool:
    """Whether another source word (another occurrence of the same word included) translates to
    the Hindi word: then it may render that word."""
    for j, (_, _, tok) in enumerate(toks):
        if j == i or not E.is_content(tok):
            continue
        if any(_translates(d, x, key) for x in (tok.lower(), *E.lemmas(tok.lower()))):
            return True
    return False
