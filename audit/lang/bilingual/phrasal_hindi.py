"""Phrasal verbs rendered word for word, found in Hindi alone (HI205).

MT renders an English phrasal verb particle by particle: the spatial Hindi of the particle
(ऊपर, नीचे, बाहर, पीछे, के अंदर) followed by the verb's plain Hindi. Hindi says this of things
moving in space (डिब्बे ऊपर ले आए, घर से बाहर भागा) but not of plans, offers, talks or disputes;
so the signal is an abstract noun of ``audit/data/phrasal_literal.toml`` governed by the particle
and a verb: प्रस्ताव को नीचे कर दिया (turned down the offer), योजना के साथ ऊपर आई (came up with a
plan), मुद्दा ऊपर लाया (brought up the issue), बातचीत नीचे टूट गई (talks broke down). Hindi's own
phrases with a particle (पीछे छोड़ना, ऊपर उठाना, X से बाहर निकलना, सबसे ऊपर रखना) stay silent, and so
does a particle pair no Hindi phrase has (पीछे नीचे जाना for back down) whatever its subject.

Whatever the noun, a particle used as an adverb right before a verb that does not move, place,
keep or show anything is one too (ऊपर नहीं दिया for gave up, बाहर बिक गए for sold out, ऊपर बनाई
थी for made up, अंदर सौंप दिया for handed in): a verb is a word whose stem makes a frequent
infinitive and participle (बिक → बिकना, बिकते), followed by an auxiliary or ending its clause;
the verbs that take a particle literally (चढ़, रख, बैठ, देख, लिख …) are the ``spatial_verbs`` of the
data file, and "given/written below" (नीचे दिए गए) is Hindi's own. After an abstraction and के,
अंदर/भीतर with any verb is one too (शिकायतों के अंदर देखेगा for look into the complaints), unless
Hindi's own phrase (बजट के अंदर रहना, नियम के अंदर आना).

Round 20: a bare लेना — no verb of going or coming after ले — after a marked object and ऊपर,
नीचे or बाहर moves nothing either (एयरलाइन को ऊपर ले लिया: took over; नर्सों को ऊपर लेगा: take
on; ऊपर ले गए and बैग नीचे ले लिया are things carried); and दूर (*away*) counts as a particle
before such a verb (दूर दे दी: gave away), never as the governor of a noun — मतभेद दूर करना is
Hindi's own — nor after a word of degree (बहुत दूर: a distance).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from audit.lang.bilingual.hindi import fold
from audit.lang.bilingual.particles import data
from audit.lang.frequency import zipf_hi
from audit.lang.inflection import noun_forms, verb_forms
from audit.lang.segment_words import segment_words

#: words allowed between the abstract noun and the particle (योजना को [पांच राज्यों में] बाहर)
NOUN_GAP = 4
_WORD_RE = re.compile(r"[\u0900-\u0963\u0966-\u097F]+")
_CLAUSE_END = re.compile(r"[।॥.!?;:,]")
#: words after a particle that make it a place or a comparison, not a verb's particle
_NOT_VERB = frozenset(fold(w) for w in "की के का से में पर तक है हैं था थे थी हो और या की ओर तरफ".split())
#: words before a particle that make it a comparison or a place (सबसे ऊपर, X से बाहर, के पीछे)
_NOT_PARTICLE_BEFORE = frozenset(fold(w) for w in "सबसे से के".split())
_CONJ = frozenset(fold(w) for w in "और लेकिन पर कि जो तथा एवं या क्योंकि जबकि".split())


@lru_cache(maxsize=1)
def _particles() -> frozenset[str]:
    return frozenset(
        fold(h) for hs in data()["particles"].values() for h in hs if h not in {"दूर", "पार", "माध्यम", "वापस"}
    )


#: a particle that is an adverb of its verb only (*away*): a noun governed by दूर is Hindi's own
#: idiom, not MT's (मतभेद दूर करना: settle differences; गरीबी दूर करना), so only a verb that
#: neither moves nor places anything after it is the phrasal verb word for word (दूर दे दी: gave
#: away; दूर पहन गया: wore off). वापस is left out: Hindi's *re-* goes with most verbs (वापस
#: चुकाना, वापस जुड़ना, वापस उगना)
ADVERB_PARTICLES = frozenset({fold("दूर")})
#: words of degree before दूर make it a distance (बहुत दूर ले गई, कितनी दूर चले), not a particle
_DEGREE = frozenset(
    fold(w)
    for w in """बहुत काफ़ी काफी कितना कितनी कितने इतना इतनी इतने उतना उतनी उतने ज़्यादा ज्यादा थोड़ा थोड़ी
    थोड़े कुछ सबसे और अधिक कम""".split()
)


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(fold(f) for n in data()["hindi"]["abstract_nouns"] for f in noun_forms(n))


#: a number before the noun: a measure, and the particle a comparison (400 अंक ऊपर, 8 डिग्री नीचे)
_NUMBER = re.compile(r"[0-9०-९.,]+")
#: the object marker: a noun the dictionary reads as an abstraction governs the particle only as
#: the marked object of its verb (विद्रोह *को* नीचे रख दिया, put down; not पतंग ऊपर चली गई, where
#: the dictionary's first sense of *kite* is a bad cheque)
_KO = fold("को")


@lru_cache(maxsize=1)
def _governors() -> frozenset[str]:
    """The nouns whose particle is a calque (the listed abstract nouns and every Hindi noun the
    dictionary reads only as abstractions through WordNet — :func:`abstract.pure_abstract_keys`:
    विद्रोह को नीचे रख दिया for put down, उत्पादन को ऊपर ढलान for ramped up)."""
    from audit.lang.bilingual import abstract

    return _nouns() | abstract.pure_abstract_keys()


@lru_cache(maxsize=1)
def _natural() -> tuple[tuple[str, str], ...]:
    return tuple((fold(a), fold(b)) for a, b in (p.split() for p in data()["hindi"]["natural"]))


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset((fold(a), fold(b)) for a, b in data()["hindi"]["pairs"])


def natural_phrase(particle: str, verb: str) -> bool:
    """Whether particle + verb is one of Hindi's own phrases (पीछे छोड़ा, ऊपर उठाया)."""
    return any(particle == p and verb.startswith(v) for p, v in _natural())


#: how frequent a stem's infinitive and participle must be for it to count as a verb (बिकना, बिकते)
VERB_ZIPF = 2.0
#: verb endings stripped to find the stem, longest first
_ENDINGS = tuple(
    sorted("ता ती ते तीं कर ा ी े ीं ें ो ेगा ेगी ेंगे ेंगी ूंगा या यी ये ई ए ईं इए िए".split(), key=len, reverse=True)
)
_IRREGULAR = {
    **{w: "दे" for w in "दिया दी दिए दिये दीं देगा देगी देंगे देंगी दूंगा".split()},
    **{w: "ले" for w in "लिया ली लिए लिये लीं लेगा लेगी लेंगे लेंगी लूंगा".split()},
    **{w: "कर" for w in "किया की किए किये कीं".split()},
    **{w: "जा" for w in "गया गई गए गयी गये गईं".split()},
    **{w: "हो" for w in "हुआ हुई हुए हुईं".split()},
}
#: auxiliaries after a verb (बिक *गए*, बनाई *थी*), and the passive that makes "given below"
_VERB_AUX = frozenset(
    (
        "गया गई गए गयी गये दिया दी दिए दिये लिया ली लिए लिये रहा रही रहे सकता सकती सकते चुका चुकी "
        "चुके है हैं था थी थे हुआ हुई हुए जाएगा जाएगी जाएंगे जाता जाती जाते"
    ).split()
)
_PASSIVE = frozenset("गया गई गए गयी गये जाता जाती जाते जाएगा जाएगी जाएंगे".split())
_NEG = frozenset(("नहीं", "न", "ना"))
_INSIDE = frozenset(fold(w) for w in ("अंदर", "भीतर"))
_PERFECTIVE = ("ा", "ी", "े", "या", "ई", "ए", "ये", "यी")


@lru_cache(maxsize=1)
def spatial_forms() -> frozenset[str]:
    """Folded forms of the verbs that take a particle literally (``spatial_verbs``: चढ़, रख …)."""
    return frozenset(fold(f) for v in data()["hindi"]["spatial_verbs"] for f in verb_forms(v))


def passive(word: str, nxt: str) -> bool:
    """A perfective verb form followed by a form of जाना: a passive, which says where something
    was done (शव बाहर पाया गया, नीचे दिए गए)."""
    return nxt in _PASSIVE and word.endswith(_PERFECTIVE)


#: endings only a verb takes (बिकना, बिकते, बिककर) and those adjectives share (ठंडा, ठंडी, ठंडे)
_VERB_ONLY = ("ना", "ने", "ता", "ती", "ते", "कर", "ेगा")
_SHARED = ("ा", "ी", "े")


def _is_stem(stem: str) -> bool:
    """Whether ``stem`` makes at least two frequent verb forms, one of them a form only verbs take
    (wordfreq's Hindi list lacks many forms, so any two do)."""
    if len(stem) < 1:
        return False

    def known(e: str) -> bool:
        return max(zipf_hi(stem + e), zipf_hi(fold(stem) + e)) >= VERB_ZIPF

    only = sum(known(e) for e in _VERB_ONLY)
    return only >= 1 and only + sum(known(e) for e in _SHARED) >= 2


@lru_cache(maxsize=20_000)
def verb_stem(word: str) -> str:
    """The stem of a Hindi verb form (दिया → दे, बिक → बिक, बनाई → बना), or "" when ``word`` does
    not read as a verb (its stem makes no frequent verb forms: ठंडा, काम, प्रदर्शन)."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith(("ना", "ने", "नी")):
        return ""  # an infinitive is a noun here (धरना दिया, जाने दिया)
    for stem in [word] + [word[: -len(e)] for e in _ENDINGS if word.endswith(e) and len(word) > len(e) + 1]:
        base = stem[:-1] if stem.endswith("य") and stem != word else stem  # (पा)या
        if _is_stem(base):
            return base
    return ""


def _verbal(raw: list[str], i: int, any_verb: bool = False, before: str = "") -> int | None:
    """Index of the end of a non-spatial verb right after the particle at ``i`` (a negation
    skipped), or None: ऊपर नहीं *दिया*, बाहर *बिक* गए, ऊपर *बनाई* थी (``before``: the word before
    the particle, को for a bare लेना, :func:`_bare_take`)."""
    x = i + 1
    if x < len(raw) and raw[x] in _NEG:
        x += 1
    if x >= len(raw):
        return None
    stem = verb_stem(raw[x])
    if not stem or natural_phrase(fold(raw[i]), fold(stem)):
        return None
    if fold(raw[x]) in spatial_forms() and not any_verb and not _bare_take(raw, i, x, before):
        return None
    nxt = raw[x + 1] if x + 1 < len(raw) else ""
    if passive(raw[x], nxt):
        return None  # a passive says where something was done (शव बाहर पाया गया, नीचे दिए गए)
    if raw[x] in _IRREGULAR or nxt in _VERB_AUX or nxt == "" or raw[x].endswith("कर"):
        return x
    return None


#: particles with which a bare लेना is no movement: Hindi takes a thing up, down or out with a verb
#: of going or coming after ले (ऊपर ले गए, बाहर ले आई); एयरलाइन को ऊपर ले लिया, नर्सों को ऊपर
#: लेगा say *took over*, *take on* (अंदर ले लेना, to take a thing indoors, is Hindi's own)
_TAKE_PARTICLES = frozenset(fold(w) for w in ("ऊपर", "नीचे", "बाहर"))
_GO_COME = ("जा", "आ", "चल", "गय", "गई", "गए", "गये")


def _bare_take(raw: list[str], i: int, x: int, before: str) -> bool:
    """Whether the verb at ``x`` after the particle at ``i`` is a form of लेना with no verb of
    going or coming after it, and the particle follows a marked object (एयरलाइन को ऊपर ले लिया,
    नर्सों को ऊपर लेगा; not ऊपर ले गए, बाहर ले आया, nor a thing lifted: बैग नीचे ले लिया, बच्चे
    को गोद में ऊपर ले लिया)."""
    if fold(raw[i]) not in _TAKE_PARTICLES or _IRREGULAR.get(raw[x], verb_stem(raw[x])) != "ले":
        return False
    if before != "को":
        return False
    nxt = raw[x + 1] if x + 1 < len(raw) else ""
    return not nxt.startswith(_GO_COME)


@lru_cache(maxsize=4096)  # HI205 reads each text with this module's find and phrasal_back's
def word_tokens(text: str) -> tuple[tuple[tuple[int, int], ...], tuple[str, ...]]:
    """(start, end) and the folded form of each word of ``text`` (:data:`_WORD_RE`): the segment's
    words (:func:`audit.lang.segment_words.segment_words`, which also keeps a zero-width joiner
    inside a word) when the text has no joiner."""
    if "\u200c" in text or "\u200d" in text:
        matches = list(_WORD_RE.finditer(text))
        return tuple(m.span() for m in matches), tuple(fold(m.group()) for m in matches)
    words = segment_words(text).words
    return tuple([(s, e) for s, e, _w in words]), tuple([fold(w) for _s, _e, w in words])


def _adverb_particle(
    words: list[tuple[int, int, str]], raw: list[str], i: int, clause_words: Callable[[int], list[str]]
) -> int | None:
    """Index of the verb that the adverb particle at ``i`` (:data:`ADVERB_PARTICLES`) renders
    word for word with, or None: not after a place's से/के, a degree word (बहुत दूर: a distance)
    or a conjunction, not before a noun, a postposition or another particle."""
    prev = words[i - 1][2] if i else ""
    nxt = words[i + 1][2]
    if prev in _NOT_PARTICLE_BEFORE or prev in _DEGREE or nxt in _NOT_VERB or nxt in _particles():
        return None
    if nxt in ADVERB_PARTICLES or nxt in _nouns():
        return None
    x = _verbal(clause_words(i), 0)
    return None if x is None else i + x


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what) of literal phrasal verbs in ``text``."""
    spans, folded = word_tokens(text)
    parts, nouns, governors = _particles(), _nouns(), _governors()
    if parts.isdisjoint(folded) and ADVERB_PARTICLES.isdisjoint(folded):
        return []  # every phrase starts at a particle (the loop below would find none)
    words = [(s, e, w) for (s, e), w in zip(spans, folded)]
    raw = [unicodedata.normalize("NFC", text[s:e]) for s, e in spans]
    out: list[tuple[int, int, str]] = []

    def clause_words(i: int) -> list[str]:
        """The raw words from ``i`` to the end of its clause."""
        k = i
        while k + 1 < len(words) and not _CLAUSE_END.search(text[words[k][1] : words[k + 1][0]]):
            k += 1
        return raw[i : k + 1]

    for i, (s, _e, w) in enumerate(words):
        if (w not in parts and w not in ADVERB_PARTICLES) or i + 1 >= len(words):
            continue
        nxt = words[i + 1][2]
        gap = text[words[i][1] : words[i + 1][0]]
        if _CLAUSE_END.search(gap):
            continue
        if w in ADVERB_PARTICLES:
            found = _adverb_particle(words, raw, i, clause_words)
            if found is not None:
                out.append((s, words[found][1], f"{w} {fold(verb_stem(raw[found]))}"))
            continue
        if (w, nxt) in _pairs() and i + 2 < len(words) and words[i + 2][2] not in _NOT_VERB:
            out.append((s, words[i + 2][1], f"{w} {nxt}"))
            continue
        if nxt in _NOT_VERB or nxt in parts or nxt in nouns:
            continue
        prev = words[i - 1][2] if i else ""
        with_ = prev == fold("साथ") and i >= 2 and words[i - 2][2] == fold("के")
        # X के अंदर + a verb, X an abstraction: look into the complaints → शिकायतों के अंदर देखेगा
        inside = prev == fold("के") and w in _INSIDE and i >= 2 and words[i - 2][2] in nouns
        if inside and nxt not in nouns and not natural_phrase(w, nxt) and _verbal(clause_words(i), 0, True):
            out.append((words[i - 1][0], words[i + 1][1], f"{w} {nxt}"))
            continue
        if prev in _NOT_PARTICLE_BEFORE or (natural_phrase(w, nxt) and not with_):
            continue
        # the abstract noun the particle governs, a few words back in the same clause
        start = None
        for k in range(i - 1, max(-1, i - 2 - NOUN_GAP), -1):
            if _CLAUSE_END.search(text[words[k][1] : words[k + 1][0]]) or words[k][2] in _CONJ:
                break
            if words[k][2] in nouns or (
                words[k][2] in governors
                and k + 1 < i
                and words[k + 1][2] == _KO
                and not _NUMBER.fullmatch(words[k - 1][2])
            ):
                start = k
                break
        if start is None:
            x = (
                None
                if with_ or prev in _NOT_PARTICLE_BEFORE
                else _verbal(clause_words(i), 0, before=raw[i - 1] if i else "")
            )
            if x is not None:
                out.append((s, words[i + x][1], f"{w} {fold(verb_stem(raw[i + x]))}"))
            continue
        lo = i - 2 if with_ else i
        hi = i + 2 if raw[i + 1] in _NEG and i + 2 < len(words) else i + 1  # ऊपर नहीं दिया
        out.append((words[lo][0], words[hi][1], f"{w} {nxt}"))
    return out


#: scale words that end a number said in words (तीन सौ, दो हज़ार)
_SCALES = frozenset(fold(w) for w in "सौ हज़ार लाख करोड़".split())


def quantity_before(text: str, spans: tuple[tuple[int, int], ...], folded: tuple[str, ...], i: int) -> bool:
    """Whether the word before the particle at ``i`` is the unit of a number (300 अंक ऊपर, तीन सौ
    मीटर नीचे): the particle says by how much, higher or lower (सेंसेक्स 300 अंक ऊपर बंद हुआ:
    *closed 300 points higher*), no phrasal verb."""
    if i < 1:
        return False
    gap = text[spans[i - 2][1] if i >= 2 else 0 : spans[i - 1][0]]
    return any(ch.isdigit() for ch in gap) or i >= 2 and folded[i - 2] in _SCALES
