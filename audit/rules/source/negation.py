"""HI505: a negation in the source missing from the MT, or one added."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import words
from audit.lang import resources as res
from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import bare, dictionary, lexicon, whole_span
from audit.rules.source.idioms import source_idioms
from audit.rules.source.negation_frames import positive_frame, zero_said
from audit.rules.source.negation_paraphrase import paraphrased
from audit.rules.source.negative_senses import negating_verb

# ------------------------------------------------------------------ negation (HI505)

_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")
#: what may stand before a capitalised word that opens a sentence or a quotation
_SENTENCE_OPENERS = frozenset(".!?:;\"“‘'(—-")


def _english_negators(src: str) -> list[str]:
    neg = set(lexicon()["negation"]["english"])
    out = []
    found = list(_EN_WORD_RE.finditer(src))
    toks = [m.group() for m in found]
    for i, t in enumerate(toks):
        low = t.lower().replace("’", "'")
        if low == "no" and i + 1 < len(toks) and toks[i + 1][:1].isdigit():
            continue
        if low == "no" and src[found[i].end() : found[i].end() + 1] == "-":
            continue  # a no-confidence motion, a no-ball, a no-fly zone: a compound, no clause negation
        if t[:1].isupper() and i and src[: found[i].start()].rstrip()[-1:] not in _SENTENCE_OPENERS:
            continue  # phone maker Nothing, the film Not Out: a capitalised name, no negation
        if low in neg or low.endswith("n't") or low == "can't":
            if _phrase_from(lexicon()["negation"]["english_negation_idioms"], tuple(toks), i):
                continue  # no easy task → टेढ़ी खीर: the negation is part of a positive idiom
            if _in_positive_expression(toks, i):
                continue  # in no time → पलक झपकते: a WordNet expression that negates nothing
            out.append(t)
    return out


_NEGATOR_WORDS = frozenset("no not never nothing none nobody neither nor".split())


@lru_cache(maxsize=1)
def positive_expressions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the multiword lemmas of WordNet (every part of speech) that hold a negating
    word but whose first sense's definition does not negate (*in no time*: very quickly; *no
    end*: a lot; *not to mention*; *more often than not*): Hindi says them without नहीं. Read on
    first use; {} without WordNet."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for pos in ("adj", "adv", "verb", "noun"):
        index = wordnet.index(pos) or {}
        for lemma in filter(_NEGATOR_LEMMA.search, index):
            definition = wordnet.synset_at(pos, index[lemma][0]).gloss.split(";")[0].lower()
            if not _NEGATING_WORD.search(definition):
                parts = tuple(lemma.split("_"))
                out.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in out.items()}


#: a multiword lemma with a negating word (*in_no_time*); a definition that negates anywhere
_NEGATOR_LEMMA = re.compile(
    r"(?:^|_)(?:no|not|never|nothing|none|nobody|neither|nor)(?:_|$)(?=.)|_(?:no|not|never|nothing|none)$"
)
_NEGATING_WORD = re.compile(r"\b(?:not|no|never|nothing|none|without|lacking|neither|nor|innocent)\b")


def _in_positive_expression(toks: list[str], i: int) -> bool:
    """Whether token ``i`` lies inside one of :func:`positive_expressions` (its words in order,
    any inflection of each)."""
    low = [t.lower() for t in toks]
    table = positive_expressions()
    for j in range(max(0, i - 5), i + 1):
        for first in E.lemmas(low[j]):
            for parts in table.get(first, ()):
                end = j + len(parts)
                if end > i and all(
                    p in E.lemmas(low[j + n]) for n, p in enumerate(parts) if j + n < len(low)
                ):
                    if end <= len(low):
                        return True
    return False


#: words after मत that make it the noun "vote, opinion" (विश्वास मत में, उनका मत है), not "don't"
_MAT_NOUN_AFTER = frozenset("में से का के की को पर ने है हैं था थे थी हासिल प्रतिशत पत्र पत्रों दान डाला डाले डाली".split())
_MAT_NOUN_BEFORE = frozenset("का के की अपना अपने अपनी उनका उनके उनकी विश्वास अविश्वास एक".split())
_VOTE_RE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|opinions?|views?|ballots?|verdict)\b", re.I)


def _hindi_negators(mt: str, src: str = "") -> list[tuple[int, int, str]]:
    neg = set(lexicon()["negation"]["hindi"])
    ws = words(mt)
    out = []
    for k, (s, _e, w) in enumerate(ws):
        if bare(w) not in neg:
            continue
        if 0 < k < len(ws) - 1 and bare(ws[k - 1][2]) == bare(ws[k + 1][2]):
            continue  # किसी न किसी, कहीं न कहीं: "some ... or other", not a negation
        if mt[s - 1 : s] == "-" or mt[s + len(w) : s + len(w) + 1] == "-":
            continue  # a syllable of a hyphenated name (ना-रा, हा-ना) or कुछ-न-कुछ: no negation
        if bare(w) == "मत" and _mat_is_noun(ws, k, src):
            continue
        if _spells_a_source_name(bare(w), src):
            continue  # ली ना for Li Na, मैट/मत for Matt: a part of a name of the source
        out.append((s, s + len(w.rstrip("।॥")), w.rstrip("।॥")))
    return out


_CAPITALISED_RE = re.compile(r"\b[A-Z][a-z]*\b")
_DOUBLED_RE = re.compile(r"(.)\1")


def _spells_a_source_name(word: str, src: str) -> bool:
    """Whether the Hindi negator ``word`` is how a capitalised word of the source sounds (*Li
    Na* → ली ना, *Matt* → मत): a name part, not a negation. The source's own negators (*No*, *Not*)
    sound otherwise."""
    if not src:
        return False
    names = {_DOUBLED_RE.sub(r"\1", m.group().lower()) for m in _CAPITALISED_RE.finditer(src)}
    return any(r in names for r in res.romanise(word))


def _mat_is_noun(ws: list[tuple[int, int, str]], k: int, src: str) -> bool:
    """मत read as the noun *vote, opinion*: a postposition or copula follows it, a genitive or
    विश्वास comes before it, or the source speaks of a vote or view and negates nothing."""
    after = bare(ws[k + 1][2]) if k + 1 < len(ws) else ""
    before = bare(ws[k - 1][2]) if k else ""
    if after in _MAT_NOUN_AFTER or before in _MAT_NOUN_BEFORE:
        return True
    return bool(_VOTE_RE.search(src)) and not _english_negators(src)


def _in_hindi_idiom(mt: str, start: int) -> bool:
    """Whether the negation at ``start`` lies inside a Hindi idiom whose negation says something
    positive (फूले नहीं समा रहे, अपने पत्ते नहीं खोल रहीं: ``hindi_idioms`` of the lexicon)."""
    ws = words(mt)
    k = next((i for i, (s, _e, _w) in enumerate(ws) if s == start), None)
    if k is None:
        return False
    for idiom in lexicon()["negation"].get("hindi_idioms", ()):
        parts = idiom.split()
        n = next((i for i, p in enumerate(parts) if bare(p) in {"नहीं", "न"}), None)
        if n is None or k - n < 0 or k - n + len(parts) > len(ws):
            continue
        window = ws[k - n : k - n + len(parts)]
        if all(bare(w).startswith(bare(p)) for (_s, _e, w), p in zip(window, parts, strict=True)):
            return True
    return False


def negation_counts(src: str, mt: str) -> tuple[int, int]:
    return len(_english_negators(src)), len(_hindi_negators(mt, src))


def _licensed(src: str) -> bool:
    """Whether the English contains a word, a construction or an idiom whose Hindi rendering
    normally carries a negation (far from, too … to, kept mum, turn a blind eye)."""
    lex = lexicon()["negation"]
    implicit = set(lex["english_implicit"])
    prefixes = tuple(lex["english_negative_prefixes"])
    toks = _EN_WORD_RE.findall(src)
    for t in toks:
        low = t.lower()
        if low in implicit or (len(low) >= 6 and (low.startswith(prefixes) or low.endswith("less"))):
            return True
    tup = tuple(toks)
    negation_idioms = lexicon()["negation"]["english_negation_idioms"]
    if any(_phrase_from(negation_idioms, tup, i) for i in range(len(tup))):
        return True
    if any(_in_positive_expression(toks, i) for i, t in enumerate(toks) if t.lower() in _NEGATOR_WORDS):
        return True  # leave no stone unturned → कोई कसर नहीं छोड़ी: Hindi may keep the negation
    return (
        _implicit_phrase(tup)
        or bool(source_idioms(src))
        or _short_own_idiom(tup)
        or _negative_expression(tup)
        or negating_verb(tup)
    )


@lru_cache(maxsize=1)
def _short_own_idioms() -> dict[str, tuple[str, ...]]:
    """First word → the idioms of the project's own list (``audit/data/idioms_en.tsv``) with one
    image word or none (*on the house*, *in the red*, *under the weather*, *off the hook*), not
    marked as often meant literally: HI512's search leaves them out (one word rendered literally
    proves no calque), but as licences of a Hindi negation they count like the longer ones (*on
    the house* → पैसे नहीं लगेंगे, *in the red* → मुनाफ़ा नहीं)."""
    from audit.lang.bilingual.idioms import own_idioms

    out: dict[str, list[str]] = {}
    for idiom in own_idioms():
        if len(set(idiom.image)) <= 1 and not idiom.literal_prone and len(idiom.words) >= 2:
            out.setdefault(idiom.words[0], []).append(idiom.text)
    return {k: tuple(v) for k, v in out.items()}


def _short_own_idiom(toks: tuple[str, ...]) -> bool:
    """Whether one of :func:`_short_own_idioms` occurs in the tokens (words in order, any
    inflection)."""
    table = _short_own_idioms()
    return any(
        _phrase_from(list(table.get(t.lower(), ())), toks, i)
        for i, t in enumerate(toks)
        if t.lower() in table
    )


#: how a WordNet definition says "not": *not yet determined*, *no longer changeable*, *never …*
_NEGATIVE_GLOSS = re.compile(r"^\s*(?:not|no longer|never|lacking)\b")
#: or with an adjective made by *un-* from another adjective (*uncertain*, *unable*, *unavailable*)
_UN_ADJECTIVE = re.compile(r"^\s*(?:very\s+|still\s+)?un([a-z]+)\b")


@lru_cache(maxsize=1)
def _negative_verbs() -> frozenset[str]:
    """The lexicon's ``english_implicit`` words that are WordNet verbs (*prevent*, *fail*, *refuse*,
    *deny*, *avoid*, *stop*): a definition that starts with one negates (*shut out*: prevent from
    entering)."""
    verbs = wordnet.index("verb") or {}
    return frozenset(w for w in lexicon()["negation"]["english_implicit"] if w in verbs)


def _negative_gloss(gloss: str) -> bool:
    """A definition that negates: *not …*, *no longer …*, *never …*, *lacking …*, a verb of
    preventing or failing (*prevent from entering*, *fail to …*), or an *un-* adjective of
    another adjective (*very uncertain*: certain; not *understood*, *united*)."""
    definition = gloss.split(";")[0].lower()
    if _NEGATIVE_GLOSS.match(definition):
        return True
    first = definition.split(None, 1)[:1]
    if first and first[0] in _negative_verbs():
        return True
    m = _UN_ADJECTIVE.match(definition)
    return m is not None and m.group(1) in (wordnet.index("adj") or {})


@lru_cache(maxsize=1)
def negative_expressions() -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the multiword adjectives, adverbs and verbs of WordNet one of whose first two
    senses' definitions negates (*up in the air*: not yet determined; *out of stock*: not available; *hard
    up*: not having enough money): Hindi says them with नहीं (तय नहीं, उपलब्ध नहीं). Read from
    WordNet on first use (a Hindi negation without an English one); {} without WordNet."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for pos in ("adj", "adv", "verb"):
        index = wordnet.index(pos)
        if not index:
            continue
        data = wordnet.data_bytes(pos)
        for lemma, offsets in index.items():
            parts = tuple(lemma.split("_"))
            if len(parts) < 2 or any(p in {"one's", "someone", "something", "somebody"} for p in parts):
                continue
            if any(_negative_gloss(wordnet.read_synset(data, o).gloss) for o in offsets[:2]):
                out.setdefault(parts[0], []).append(parts)
    return {k: tuple(v) for k, v in out.items()}


def _negative_expression(toks: tuple[str, ...]) -> bool:
    """Whether the tokens hold one of :func:`negative_expressions` (its first word in any
    inflection: *plans are up in the air*, *they ran out of stock*)."""
    low = [t.lower() for t in toks]
    table = negative_expressions()
    for i, tok in enumerate(low):
        for first in E.lemmas(tok):
            for parts in table.get(first, ()):
                if tuple(low[i + 1 : i + len(parts)]) == parts[1:]:
                    return True
    return False


def _implicit_phrase(toks: tuple[str, ...]) -> bool:
    """Whether one of the lexicon's ``english_implicit_phrases`` occurs in the tokens."""
    phrases = lexicon()["negation"]["english_implicit_phrases"]
    return any(_phrase_from(phrases, toks, i) for i in range(len(toks)))


def _phrase_from(phrases: list[str], toks: tuple[str, ...], i: int) -> bool:
    """Whether one of ``phrases`` (words in order, any inflection, ``*`` one to three words)
    starts at token ``i``."""
    from audit.lang.bilingual.idioms import token_matches

    return any(_phrase_at(phrase.split(), toks, i, token_matches) for phrase in phrases)


def _phrase_at(words: list[str], toks: tuple[str, ...], i: int, matches: Callable[[str, str], bool]) -> bool:
    if not words:
        return True
    if i >= len(toks):
        return False
    if words[0] == "*":  # one to three words of any kind (too *heavy* to, too *far away* to)
        return any(_phrase_at(words[1:], toks, j, matches) for j in range(i + 1, min(len(toks), i + 3) + 1))
    return matches(words[0], toks[i]) and _phrase_at(words[1:], toks, i + 1, matches)


#: English negative quantifiers: *none of them was hurt* is said in Hindi as *all of them are safe*
#: (no x is P = every x is not-P), with a universal quantifier and no negation
NEGATIVE_QUANTIFIERS = frozenset("none nobody nothing neither".split())
#: Hindi universal quantifiers (all, every, each, both, always)
HINDI_UNIVERSALS = frozenset("सभी सब सारे सारी सारा हर प्रत्येक दोनों हमेशा पूरे पूरी".split())


def _quantifier_flip(src: str, mt: str) -> bool:
    """Whether every negator of the source is a negative quantifier (*none*, *nobody*, *no one*,
    *neither*) and the MT has a universal quantifier (सभी, हर, दोनों): the negation is said the
    other way round (*none of the passengers was hurt* → सभी यात्री सुरक्षित हैं)."""
    negs = [n.lower() for n in _english_negators(src)]
    low = src.lower()
    quantified = all(n in NEGATIVE_QUANTIFIERS or n == "no" and re.search(r"\bno one\b", low) for n in negs)
    return bool(negs) and quantified and any(bare(w) in HINDI_UNIVERSALS for _s, _e, w in words(mt))


def _antonym_negated(src: str, mt: str) -> bool:
    """Whether every Hindi negator stands next to (two words either side) a dictionary translation
    of a WordNet antonym of a source word: the MT says the source's word as "not" its opposite
    (*the shops stayed closed* → दुकानें नहीं खुलीं, *she lost* → वह नहीं जीती)."""
    d = dictionary()
    if d is None:
        return False
    keys: set[str] = set()
    for tok in _EN_WORD_RE.findall(src):
        if E.is_content(tok):
            for lemma in E.lemmas(tok.lower()):
                for opposite in wordnet.antonyms(lemma):
                    keys.update(k[0] for k in d.keys(opposite) if len(k) == 1)
    if not keys:
        return False
    ws = words(mt)
    starts = [s for s, _e, _w in ws]
    for s, _e, _w in _hindi_negators(mt, src):
        k = starts.index(s) if s in starts else -1
        near = [stem_key(w) for _s, _e2, w in ws[max(0, k - 2) : k + 3]] if k >= 0 else []
        if not keys.intersection(near):
            return False
    return True


#: Hindi words for *without* (बिना बताए: a negation said without नहीं)
HINDI_WITHOUT = frozenset("बिना बगैर बग़ैर".split())
#: Hindi negative prefixes (अनुचित, अविश्वास, नापसंद, बेकार, गैरकानूनी, निर्दोष, निःशुल्क)
HINDI_NEGATIVE_PREFIXES = ("अन", "अ", "ना", "बे", "गैर", "ग़ैर", "निर्", "निस्", "निष्", "निः")
#: English negative affixes whose word is the negation of a WordNet word (unfair, distrust, careless)
_EN_NEG_PREFIX = re.compile(r"^(?:un|in|im|ir|il|dis|non-?)(?=[a-z]{4})")


@lru_cache(maxsize=4096)
def _negative_word(word: str) -> bool:
    """Whether a Hindi word carries a negation itself: it begins with a negative prefix and the
    dictionary gives it for English words made negative by an affix from a WordNet word (or words
    of ``english_implicit``: *fail*, *absent*), for at least half of its English readings (अनुचित:
    *unfair*, *improper*; अविश्वास: *distrust*; असफल: *unsuccessful*; not अनेक, अलग, निर्देश, असली)."""
    from audit.lang import engdict

    if not word.startswith(HINDI_NEGATIVE_PREFIXES) or len(word) < 4 or not engdict.available():
        return False
    readings = {s.english.lower() for s in engdict.dictionary().translates_as_word(word)}
    implicit = set(lexicon()["negation"]["english_implicit"])
    negative = 0
    for eng in readings:
        m = _EN_NEG_PREFIX.match(eng)
        base = eng[m.end() :] if m else eng[:-4] if eng.endswith("less") and len(eng) > 7 else ""
        if eng in implicit or base and any(base in (wordnet.index(p) or {}) for p in _POS):
            negative += 1
    # most of its readings (असली: *authentic*, *true*, *unadulterated* — one in three — is no negation)
    return bool(readings) and 2 * negative >= len(readings)


_POS = ("adj", "noun", "verb", "adv")


def _negated_otherwise(mt: str) -> bool:
    """Whether the MT says a negation without नहीं/न/मत: बिना (*without*), or a word with a negative
    prefix that the dictionary gives for a negative English word (*is just not cricket* → बिल्कुल
    अनुचित है: *unfair*)."""
    for _s, _e, w in words(mt):
        b = bare(w)
        if b in HINDI_WITHOUT or _negative_word(b):
            return True
    return False


#: English determiner negations: *no power*, *none of the trains*, *nothing worked*, *nobody came*
_DETERMINER_NEGATORS = frozenset("no none nothing nobody".split())


def _absence_said(src: str, mt: str) -> bool:
    """Whether every negator of the source negates a noun phrase (*had no power*, *there were no
    classes*, *nothing worked*) and the MT says the thing was absent or stopped with a Hindi
    predicate of absence (``hindi_absence``: बिजली गुल रही, आपूर्ति ठप रही, कक्षाएं बंद रहीं).
    A clause negation (*the shops were not closed*) still needs its नहीं."""
    negs = [n.lower() for n in _english_negators(src)]
    if not negs or not set(negs) <= _DETERMINER_NEGATORS:
        return False
    absence = set(lexicon()["negation"].get("hindi_absence", ()))
    return any(bare(w) in absence for _s, _e, w in words(mt))


def negation_mismatch(src: str, mt: str) -> str | None:
    """ "dropped" (source negated, MT not), "added" (MT negated, source not), or None."""
    n_src, n_mt = negation_counts(src, mt)
    if n_src and not n_mt:
        if _quantifier_flip(src, mt) or _negated_otherwise(mt) or _absence_said(src, mt):
            return None
        return "dropped"
    if n_mt and not n_src and not _licensed(src):
        negators = _hindi_negators(mt, src)
        if all(_in_hindi_idiom(mt, s) for s, _e, _w in negators):
            return None  # the negation of a Hindi idiom (फूले नहीं समा रहे)
        if all(positive_frame(mt, s) for s, _e, _w in negators):
            return None  # or not (या नहीं), a litotes (किसी वरदान से कम नहीं)
        if zero_said(src, mt, negators):
            return None  # a zero said as "not a single" (a clean sheet → एक भी गोल नहीं खाया)
        if _antonym_negated(src, mt):
            return None  # not + the opposite word (stayed closed → नहीं खुलीं)
        if all(paraphrased(src, mt, s) for s, _e, _w in negators):
            return None  # a figure said by its sense (pushing up daisies → इस दुनिया में नहीं है)
        return "added"
    return None


@register(
    code="HI505",
    name="negation-mismatch",
    category="negation",
    severity="major",
    summary="The source is negated (not, never, no) and the MT is not, or the reverse",
    needs_source=True,
    examples=[
        ("मंत्री ने कहा कि सरकार कर बढ़ाएगी।", "मंत्री ने कहा कि सरकार कभी कर नहीं बढ़ाएगी।"),
    ],
)
def check_negation(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A negation flip: *not/never/no/n't* in the source and no नहीं/न/मत in the MT, or a नहीं
    in the MT where the source has no negation (and no word like *fail*, *unless*, *without*,
    no construction like *far from*, *too … to*, *kept mum*, and no English idiom of the project's
    list, that Hindi renders with a negation: ``english_implicit`` and
    ``english_implicit_phrases`` in ``audit/data/source_lexicon.toml``; nor a verb whose WordNet
    definition opens with a negation: *skipped* — intentionally fail to attend; nor a multiword
    expression whose WordNet definition negates: *up in the air* — not yet determined → तय नहीं,
    *out of stock* → उपलब्ध नहीं). A negative quantifier
    said the other way round is no flip: *none of the passengers was hurt* → सभी यात्री सुरक्षित
    हैं (no x is P: every x is not-P, with सभी/हर/दोनों and no negation). Nor is a नहीं next to
    the dictionary's Hindi of a WordNet antonym of a source word (*stayed closed* → नहीं खुलीं),
    or a negating word inside a WordNet expression whose definition negates nothing (*sold out in
    no time* → हाथों-हाथ बिक गया). A *no-* compound (*the no-confidence motion*, *a no-ball*)
    negates no clause; and an MT that says the negation without नहीं — with बिना (*without*) or a
    word with a negative prefix that the dictionary gives for negative English words (*is just
    not cricket* → अनुचित है: *unfair*, *improper*) — drops nothing. A multiword expression whose
    WordNet definition starts with a verb of preventing or failing (*shut out*: prevent from
    entering) licenses a Hindi negation (एक भी गोल नहीं करने दिया), and so does an idiom of the
    project's list with a single image word (*on the house* → पैसे नहीं लगेंगे). A determiner negation (*no
    power*, *no classes*, *none of the trains*) said with a Hindi predicate of absence or stoppage
    (``hindi_absence``: बिजली गुल रही, कक्षाएं बंद रहीं, ट्रेनें रद्द रहीं) drops nothing; a clause
    negation (*was not shut*) still needs its नहीं. A नहीं that ends an emphatic *not a single*
    (एक भी गोल नहीं, कोई भी मौत नहीं) or a negated indefinite (कोई गोल नहीं होने दिया, किसी की नज़र
    नहीं पड़ी) says a zero of the source (*a clean sheet*, *zero deaths*) and
    adds no negation, unless the source has a universal quantifier (*all the workers were paid*).
    A न or ना joined by a hyphen is no negation: a syllable of a name (जांग ना-रा, ली हा-ना) or
    Hindi's X-न-X (कुछ-न-कुछ). Nor is a negator that sounds like a capitalised word of the source
    (*Li Na* → ली ना, *Matt* → मत): a part of a name. Being *out of* something (*the pumps were out
    of diesel* → डीज़ल नहीं था) licenses a negation; moving *out of* a place does not. A नहीं that
    asks *or not* (कि घाव भर रहा है या नहीं: *whether*, *if*) or closes a litotes (किसी वरदान से कम
    नहीं: *is a blessing*) adds none. Nor does one whose predicate — the verb after it, or the noun
    of a conjunct verb before it (खुलासा नहीं कर रहे) — renders no source word through the
    dictionary (either way) or a WordNet synonym: a figure said by its sense (*is pushing up
    daisies* → इस दुनिया में नहीं है, *has a glass jaw* → मुक्का भी नहीं झेल पाता;
    ``rules/source/negation_paraphrase.py``); a flip negates the source's own verb (*will raise
    taxes* → नहीं बढ़ाएगी, *attended* → नहीं गए). A capitalised negator inside a sentence is a name
    (*phone maker Nothing*).
    """
    src, mt = segment.src or "", segment.text
    kind = negation_mismatch(src, mt)
    if kind == "dropped":
        start, end = whole_span(mt)
        negs = ", ".join(dict.fromkeys(_english_negators(src)))
        yield make_finding(
            "HI505",
            mt,
            start,
            end,
            f"नकार छूट गया: स्रोत में “{negs}” है पर अनुवाद में नहीं/न/मत नहीं है — अर्थ उलट सकता है।",
            english=negs,
        )
    elif kind == "added":
        for s, e, w in _hindi_negators(mt, src):
            yield make_finding(
                "HI505", mt, s, e, f"अनुवाद में “{w}” है पर स्रोत वाक्य में कोई नकार नहीं — अर्थ उलट सकता है।"
            )
