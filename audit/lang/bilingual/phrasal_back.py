"""Phrasal verbs read back into English: a spatial particle and a word that, read in English, make
one of WordNet's phrasal verbs of a non-spatial sense (HI205, Hindi only).

:mod:`audit.lang.bilingual.phrasal_hindi` finds a particle governed by an abstract noun or
followed by a verb that does not move anything. This module goes from the other side, with two
large resources instead of word lists: WordNet's two-word verbs with a particle (*boil down*,
*phase out*, *pencil in*, *beef up*, *tone down*, *run up*, *stand down* — about 1,500) whose most
frequent sense is not spatial (its definition uses neither the verb nor a direction word:
*boil down* "be the essential element"), and the English–Hindi dictionary read backwards
(:mod:`audit.lang.bilingual.backdict`: उबलता → boil, लपेटेगा → wind/wrap, पेंसिल → pencil). A
particle (ऊपर, नीचे, बाहर, अंदर/भीतर, बंद, पीछे, दूर) next to a word one of whose English readings
makes such a phrasal verb with that particle's English is the phrasal verb rendered word for
word — विवाद इस बात पर *नीचे उबलता* है (boils down to), सुरक्षा को *गोमांस ऊपर* किया (beefed up),
प्रस्ताव को *बाहर मांस* देगी (flesh out).

The reading must be a verb phrase: a Hindi verb form followed by an auxiliary or ending its
clause, or a noun with a light verb (पेंसिल *किया*, स्वर *दिया*), or a converb before the particle
with करना/होना after it (ढोल *बजाकर* ऊपर करने for drum up, *झुककर* बाहर हो गए for bowed out; the
converb of a verb that moves or places things, or of a light verb — धक्का *देकर* बाहर कर दिया — stays
silent), or a noun or adjective made a verb by a light converb before the particle — the image
of a denominal phrasal verb (मुर्ग़ी *बनकर* बाहर निकल गया: chickened out; कोड़ा *मारकर* बाहर निकाला:
lashed out; काला *होकर* बाहर हो गया: blacked out, where after होकर only होना itself counts: साफ़ होकर
बाहर आया, came out clean, is a plain sequence); round 19: the same with the light converbs करके
and लगाकर when करना follows the particle (टेक *लगाकर* ऊपर किया: propped up; बकसुआ लगाकर नीचे किया:
buckled down), and a noun that is no abstraction before से and a particle with करना/होना — the
instrument is the image (नोक *से* बंद कर दिया: tipped off; पिन से नीचे नहीं कर सके: pin down; not
before बाहर, ऊपर or दूर, Hindi's own *out of*, *above*, *away from*: चोट से बाहर हो गया, नाव किनारे
से दूर हो गई). Guards, each a class: a verb
that takes a particle literally (the ``spatial_verbs`` of ``phrasal_literal.toml``: चढ़, रख,
उतार …) and Hindi's own particle phrases (``natural``: पीछे हट, ऊपर उठा) stay silent, as does a
particle after से/के/सबसे (a place: ट्रक से नीचे, घर के बाहर) or before a postposition (a place or
a comparison), and a passive (नीचे दिए गए).

A verb that takes the particle literally still renders the phrasal verb when there is no thing
for it to move: the particle right after the agent's ने with no को object in the clause, and a
verb the dictionary reads as one of moving things and never of seeing (लड़के ने ऊपर फेंक दिया:
threw up; ने ऊपर लटका दिया: hung up; not लड़की ने ऊपर देखा), or, after an agent, an object right
before the particle every dictionary reading of which is an abstraction with no thing among its
first WordNet senses (मंत्री ने वही बहाने बाहर दौड़ाए: trotted out excuses; बैंक ने क़र्ज़ बंद लिख
दिए: wrote off; not बच्चों ने पतंग ऊपर उड़ाई — a kite is a toy too).

Both resources are read at run time; the table is built once per dictionary/WordNet version in the
cache folder (:func:`audit.core.derived.derived_object`); without them nothing is found.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from functools import lru_cache
from typing import NamedTuple

from audit.core.derived import derived_object, fingerprint
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import backdict
from audit.lang.bilingual import english as E
from audit.lang.bilingual.concrete import CONCRETE_FILES
from audit.lang.bilingual.hindi import fold
from audit.lang.bilingual.particles import data
from audit.lang.bilingual.phrasal_hindi import (
    natural_phrase,
    passive,
    quantity_before,
    spatial_forms,
    verb_stem,
    word_tokens,
)
from audit.lang.inflection import verb_forms

_CACHE_VERSION = 4
_CLAUSE_END = re.compile(r"[।॥.!?;:,]")
#: English particles whose Hindi MT writes as a spatial word (``[particles]`` and
#: ``[listed_particles]`` of phrasal_literal.toml; वापस, पार and माध्यम are left out: वापस is
#: Hindi's own with most verbs, पार/माध्यम render prepositions more than particles)
_PARTICLES = ("up", "down", "out", "in", "off", "back", "away", "over")
_NOT_HINDI = frozenset({"वापस", "पार", "माध्यम"})
#: words of a definition that make a phrasal verb spatial (*climb up* "go upward")
_SPATIAL_EN = frozenset(
    """upward upwards downward downwards outward outside into inside within away backward
    backwards above below ground floor top bottom higher lower position place""".split()
)
#: how many of a phrasal verb's most frequent senses are looked at for a non-spatial one
SENSES = 3
#: words before a particle that make it a place or a comparison (ट्रक से नीचे, घर के बाहर, सबसे ऊपर)
_PLACE_BEFORE = frozenset(fold(w) for w in "से के सबसे की".split())
#: words after a particle that make it a place, a comparison or a noun phrase
_NOT_VERB_AFTER = frozenset(fold(w) for w in "की के का से में पर तक है हैं था थे थी और या ओर तरफ".split())
#: light verbs after a noun that make it a verb phrase (पेंसिल किया, स्वर दिया, ढलान कर रहा)
_LIGHT = frozenset(
    fold(w)
    for w in """किया किए किये की कीं करेगा करेगी करेंगे करता करती करते करना करने कर करके करें
    दिया दिए दी दीं देगा देगी देंगे देता देती देते देना देने दे""".split()
)
_AUX = frozenset(
    fold(w)
    for w in """गया गई गए गयी गये दिया दी दिए दिये लिया ली लिए लिये रहा रही रहे सकता सकती सकते
    चुका चुकी चुके सका सकी सके सकीं पाया पाई पाए है हैं था थी थे हुआ हुई हुए पड़ा पड़ी पड़े पड़ीं""".split()
)
_NEG = frozenset(fold(w) for w in ("नहीं", "न"))
#: forms of करना and होना after a particle that turn it into a verb (बाहर कर दिया, ऊपर करने, बाहर हो गए)
_MAKE_BE = _LIGHT - frozenset(fold(w) for w in "दिया दिए दी दीं देगा देगी देंगे देता देती देते देना देने दे".split())
_MAKE_BE |= frozenset(fold(w) for w in "हो होगा होगी होंगे होता होती होते होना होने हुआ हुई हुए".split())
#: converb stems that carry no image of their own (देकर, लेकर, करके: धक्का देकर बाहर कर दिया)
_LIGHT_STEMS = frozenset(fold(w) for w in "दे ले कर हो जा आ रह".split())
#: converbs that make a verb of the noun or adjective before them (काला *होकर*, मुर्ग़ी *बनकर*, लात
#: *मारकर*): the image of a phrasal verb is that word (black out, chicken out, kick in, lash out);
#: not करके: साफ़ करके, ख़ाली करके are Hindi's own verbs (cleaned, emptied) before a place
_IMAGE_CONVERBS = frozenset(fold(w) for w in "होकर बनकर मारकर".split())
#: verbs after the particle that carry a denominal phrasal verb (बाहर हो गया, बाहर निकल गया, अंदर
#: आएंगी, ऊपर गईं, बाहर निकाला): becoming, coming, going, getting or taking out — not placing,
#: throwing or sitting
_IMAGE_AFTER = frozenset(fold(f) for stem in "हो जा आ निकल निकाल".split() for f in verb_forms(stem))
#: light converbs that make a verb of the noun or adjective before them (टेक *लगाकर*, गूंगा *करके*)
#: when करना follows the particle: बकसुआ लगाकर नीचे किया (buckled down), टेक लगाकर ऊपर किया
#: (propped up) — करना after a particle adds nothing but the English particle; a verb of coming
#: or going after it is a plain sequence (ताला लगाकर बाहर निकल गया, चेक करके अंदर आने दिया)
_LIGHT_CONVERBS = frozenset(fold(w) for w in "करके लगाकर".split())
_MAKE = frozenset(fold(f) for f in verb_forms("कर"))
#: particles after से that render a phrasal verb made from the instrument's noun (नोक से बंद कर
#: दिया: tipped off; पिन से नीचे नहीं कर सके: pin down); not बाहर, ऊपर or दूर, Hindi's own *out
#: of*, *above* and *away from* (चोट से बाहर हो गया, पानी सिर से ऊपर हो गया, नाव किनारे से दूर हो गई)
_INSTRUMENT_PARTICLES = frozenset(fold(w) for w in "नीचे बंद अंदर भीतर".split())
_SE = fold("से")
#: after होकर only होना itself: "became out" is no Hindi (काला होकर बाहर हो गया), while an adjective
#: with होकर before a motion is a plain sequence (साफ़ होकर बाहर आया: came out clean)
_BECOME = frozenset(fold(f) for f in verb_forms("हो"))
#: a transliterated verb (पेंसिल किया, स्केल किया): how close to the English spelling and how
#: common in English its look-alike must be (only before a light verb, where a noun is a verb)
TRANSLIT_SIMILARITY = 0.65
TRANSLIT_ZIPF_EN = 3.0


class Tables(NamedTuple):
    #: English verb → the particles it makes a non-spatial WordNet phrasal verb with
    phrasal: dict[str, frozenset[str]]
    #: folded Hindi form → {English verb: parts of speech} (backdict for the verbs above)
    back: dict[str, dict[str, str]]


def _definition(gloss: str) -> str:
    return gloss.split(";")[0].split('"')[0].lower()


def _phrasal_verbs() -> dict[str, frozenset[str]]:
    """English verb → particles, for WordNet's two-word verbs of a particle one of whose most
    frequent senses has a definition that uses neither the verb nor a direction word (*mop up*
    "finish a task completely", *prop up* "support", *blow up* "get angry")."""
    if not engdict.wordnet_available():
        return {}
    data_b = wordnet.data_bytes("verb")
    out: dict[str, set[str]] = defaultdict(set)
    for lemma, offsets in (wordnet.index("verb") or {}).items():
        parts = lemma.split("_")
        if len(parts) != 2 or parts[1] not in _PARTICLES or not parts[0].isalpha() or len(parts[0]) < 3:
            continue
        for off in offsets[:SENSES]:
            words = set(re.findall(r"[a-z]+", _definition(wordnet.synset(data_b, off)[2])))
            verb = parts[0]
            if words & _SPATIAL_EN or set(parts) & words:
                continue
            if any(
                w.startswith(verb[:-1] if verb.endswith("e") else verb) and len(w) <= len(verb) + 3
                for w in words
            ):
                continue
            out[verb].add(parts[1])
            break
    return {k: frozenset(v) for k, v in out.items()}


def _build() -> Tables:
    phrasal = _phrasal_verbs()
    return Tables(phrasal, backdict.build(phrasal))


@lru_cache(maxsize=1)
def tables() -> Tables:
    index = engdict._index_path()
    if index is None or not engdict.wordnet_available():
        return Tables({}, {})
    key = f"{_CACHE_VERSION}-{fingerprint(wordnet.WORDNET_DIR / 'index.verb')}-{engdict.cache_key(index)}"
    return derived_object("phrasalback", key, _build, accept=lambda obj: isinstance(obj, Tables))


@lru_cache(maxsize=1)
def _hindi_particles() -> dict[str, frozenset[str]]:
    """Folded Hindi particle → the English particles it renders."""
    d = data()
    out: dict[str, set[str]] = defaultdict(set)
    for table in ("particles", "listed_particles"):
        for en, his in d.get(table, {}).items():
            for h in his:
                if h not in _NOT_HINDI and en in _PARTICLES:
                    out[fold(h)].add(en)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _spatial_stems() -> frozenset[str]:
    return frozenset(fold(v) for v in data()["hindi"]["spatial_verbs"])


def _readings(
    tok: str, particles: frozenset[str], t: Tables, translit: bool = False, light: bool = False
) -> list[str]:
    """The phrasal verbs ("verb particle") ``tok`` read in English makes with one of
    ``particles``; with ``translit``, an English word ``tok`` spells out counts too (स्केल किया:
    scale); with ``light``, the English light verbs of its stem (ले → take, दे → give, जा → go)."""
    readings = set(t.back.get(backdict.token_key(tok), {}))
    if light:
        stem = fold(verb_stem(tok))
        readings |= {
            en for en, his in data()["light_verbs"].items() if stem and any(fold(h) == stem for h in his)
        }
    if translit and not any(t.phrasal.get(en, frozenset()) & particles for en in readings):
        # looked up only when the dictionary gives nothing (the look-alike table is large)
        readings |= {
            en
            for en, zipf, sim in res.english_lookalikes(tok)
            if sim >= TRANSLIT_SIMILARITY and zipf >= TRANSLIT_ZIPF_EN and en in t.phrasal
        }
    return [
        f"{en} {p}" for en in sorted(readings) for p in sorted(t.phrasal.get(en, frozenset()) & particles)
    ]


def _image_readings(tok: str, particles: frozenset[str], t: Tables) -> list[str]:
    """The phrasal verbs a noun or adjective ``tok`` (no verb form: खड़े is *stand*, a posture)
    makes with one of ``particles`` when a light converb turns it into a verb (काला होकर: black)."""
    if verb_stem(tok):
        return []
    poss = t.back.get(backdict.token_key(tok), {})
    return [r for r in _readings(tok, particles, t) if set(poss.get(r.split()[0], "")) & {"n", "a"}]


#: words after की that make it a genitive's postposition, not the light verb (तारों की ओर देखा)
_GENITIVE_HEADS = frozenset(fold(w) for w in ("ओर", "तरफ़", "तरफ", "तरह"))
_KI = fold("की")


def light_verb_at(raw: list[str], k: int) -> bool:
    """Whether the word at ``k`` is a light verb (किया, दिया, की …): not की after an oblique plural
    or before ओर/तरफ़/तरह, where it is a genitive (लड़की ने ऊपर तारों की ओर देखा: no *string up*)."""
    if k >= len(raw) or fold(raw[k]) not in _LIGHT:
        return False
    if fold(raw[k]) != _KI:
        return True
    after = fold(raw[k + 1]) if k + 1 < len(raw) else ""
    return not (k and raw[k - 1].endswith(("ों", "ओं"))) and after not in _GENITIVE_HEADS


def _verb_phrase(
    raw: list[str], j: int, particle: str, spatial_ok: bool = False, dict_verb: bool = False
) -> bool:
    """Whether the word at ``j`` (after the particle) heads a non-spatial verb phrase (with
    ``spatial_ok``, a verb that can take the particle literally counts too: the source says;
    ``dict_verb``: the dictionary reads the word as a verb form, दौड़ाया, when wordfreq's list
    is too thin to find its stem)."""
    nxt = fold(raw[j + 1]) if j + 1 < len(raw) else ""
    stem = verb_stem(raw[j])
    spatial = fold(stem) in _spatial_stems() or fold(raw[j]) in spatial_forms()
    if (spatial and not spatial_ok) or (stem and natural_phrase(particle, fold(stem))):
        return False  # ऊपर चढ़ा, नीचे रख दिए, बाहर कर दिया: Hindi's own
    if light_verb_at(raw, j + 1):
        return True  # a noun with a light verb: पेंसिल किया, स्वर दिया
    if not (stem or dict_verb):
        return False
    if passive(raw[j], nxt):
        return False  # a passive says where something was done (नीचे दिए गए)
    return nxt in _AUX or nxt == "" or raw[j].endswith("कर")


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, English phrasal verb) of phrasal verbs rendered word for word in ``text``."""
    return [(s, e, whats[0]) for s, e, whats, _moves in _find(text, False)]


def _find(text: str, spatial_ok: bool) -> list[tuple[int, int, list[str], bool]]:
    """(start, end, the English phrasal verbs it may render, whether the Hindi verb is one that
    moves or places things) (``spatial_ok``: with the source, see :func:`_verb_phrase`; the
    English light verbs are read too)."""
    parts = _hindi_particles()
    spans, folded = word_tokens(text)  # (the same words as phrasal_hindi.find's, read once)
    if parts.keys().isdisjoint(folded):
        return []  # (most texts: a C-level test) every phrase starts at a particle
    t = tables()
    if not t.phrasal:
        return []
    raw = [unicodedata.normalize("NFC", text[s:e]) for s, e in spans]
    out: list[tuple[int, int, list[str], bool]] = []

    def joined(a: int, b: int) -> bool:
        return not _CLAUSE_END.search(text[spans[a][1] : spans[b][0]])

    for i, w in enumerate(folded):
        if w not in parts:
            continue
        prev = folded[i - 1] if i and joined(i - 1, i) else ""
        nxt = folded[i + 1] if i + 1 < len(folded) and joined(i, i + 1) else ""
        # particle + verb: नीचे उबलता है, बाहर झुक गए, अंदर पेंसिल किया
        j = i + 2 if nxt in _NEG and i + 2 < len(folded) else i + 1
        measure = quantity_before(text, spans, folded, i)
        if (
            nxt
            and nxt not in _NOT_VERB_AFTER
            and prev not in _PLACE_BEFORE
            and not measure
            and j < len(folded)
        ):
            light = light_verb_at(raw, j + 1)
            # a transitive verb with nothing to move: the particle right after the agent's ने,
            # and no marked object in the clause (लड़के ने ऊपर फेंक दिया for threw up, ने ऊपर
            # लटका दिया for hung up): a verb of moving or placing says so of no thing
            bare = spatial_ok or (
                prev == _NE and not _marker_before(folded, spans, text, i, _KO) and _moves_things(raw[j], t)
            )
            en = _readings(raw[j], parts[w], t, translit=light, light=bare)
            # what moves is an abstraction (बहाने बाहर दौड़ाए: trotted out excuses): a verb of
            # motion, not a light one (हस्ताक्षर बंद कर दिए is the noun's own phrasal verb, below)
            bare = bare or (
                fold(verb_stem(raw[j])) not in _LIGHT_STEMS
                and _abstract_arg(raw, folded, i)
                and _marker_before(folded, spans, text, i, _NE)
            )
            dict_verb = "v" in "".join(t.back.get(backdict.token_key(raw[j]), {}).values())
            if en and _verb_phrase(raw, j, w, bare, dict_verb):
                moves = fold(verb_stem(raw[j])) in _spatial_stems() or folded[j] in spatial_forms()
                out.append((spans[i][0], spans[j][1], en, moves))
                continue
        # converb + particle + करना/होना: ढोल बजाकर ऊपर करने (drum up), झुककर बाहर हो गए (bow out)
        if prev and prev.endswith("कर") and nxt in _MAKE_BE:
            stem = verb_stem(raw[i - 1])
            if stem and fold(stem) not in _spatial_stems() and fold(stem) not in _LIGHT_STEMS:
                en = _readings(raw[i - 1], parts[w], t)
                if en:
                    out.append((spans[i - 1][0], spans[i + 1][1], en, False))
                    continue
        # noun or adjective + light converb + particle + verb: काला होकर बाहर हो गया (blacked out),
        # मुर्ग़ी बनकर बाहर निकल गया (chickened out), लात मारकर अंदर आएंगी (kick in)
        if prev in _IMAGE_CONVERBS and i >= 2 and joined(i - 2, i - 1) and nxt:
            en = _image_readings(raw[i - 2], parts[w], t)
            if en and nxt in (_BECOME if prev == fold("होकर") else _IMAGE_AFTER):
                out.append((spans[i - 2][0], spans[i + 1][1], en, False))
                continue
        # noun or adjective + करके/लगाकर + particle + करना: टेक लगाकर ऊपर किया (propped up)
        if prev in _LIGHT_CONVERBS and i >= 2 and joined(i - 2, i - 1) and nxt in _MAKE:
            en = _image_readings(raw[i - 2], parts[w], t)
            if en:
                out.append((spans[i - 2][0], spans[i + 1][1], en, False))
                continue
        # a thing's noun + से + particle + करना/होना: नोक से बंद कर दिया (tipped off)
        if prev == _SE and w in _INSTRUMENT_PARTICLES and i >= 2 and joined(i - 2, i - 1):
            j = i + 2 if nxt in _NEG and i + 2 < len(folded) else i + 1
            if j < len(folded) and joined(i, j) and folded[j] in _MAKE_BE and not verb_stem(raw[i - 2]):
                en = [
                    r
                    for r in _readings(raw[i - 2], parts[w], t)
                    if not _abstraction(r.split()[0], w == _BAND)
                ]
                if en:
                    out.append((spans[i - 2][0], spans[j][1], en, False))
                    continue
        # noun + particle + light verb: गोमांस ऊपर किया, पोर नीचे किए
        # (a light converb is no noun: पर्दा करके अंदर कर दिया reads करके as *usher*)
        if prev and nxt in _LIGHT and prev not in _PLACE_BEFORE and prev not in _LIGHT_CONVERBS:
            en = _readings(raw[i - 1], parts[w], t, translit=True)
            if w == _BAND:
                en = _closed_readings(raw[i - 1], en, t)
            if en and not verb_stem(raw[i - 1]):
                out.append((spans[i - 1][0], spans[i + 1][1], en, False))
    return out


_NE = fold("ने")
_KO = fold("को")


def _closed_readings(word: str, readings: list[str], t: Tables) -> list[str]:
    """Of a noun's phrasal-verb readings before बंद and a light verb, those of a word the dictionary
    reads as that verb: X बंद करना is Hindi's *close X* for any thing, show or shop (शो बंद कर दिया,
    *show* a noun), so only a verb's own Hindi is the image (हस्ताक्षर बंद कर दिए: *sign* off); an
    adverb before बंद says how it was closed (दुकान जल्दी बंद कर दी)."""
    if any(s.pos.startswith("Adv") for s in engdict.dictionary().translates_as_word(word)):
        return []
    poss = t.back.get(backdict.token_key(word), {})
    return [r for r in readings if "v" in poss.get(r.split()[0], "")]


def _marker_before(
    folded: tuple[str, ...], spans: tuple[tuple[int, int], ...], text: str, i: int, marker: str
) -> bool:
    """Whether the clause of the word at ``i`` has ``marker`` before it: को (केरल को … गोवा ने बाहर
    कर दिया: the thing moved is named before the agent) or ने (मंत्री ने वही बहाने बाहर दौड़ाए: an
    agent, so the noun right before the particle is the verb's object)."""
    k = i - 1
    while k >= 0 and not _CLAUSE_END.search(text[spans[k][1] : spans[k + 1][0]]):
        if folded[k] == marker:
            return True
        k -= 1
    return False


def _abstract_arg(raw: list[str], folded: tuple[str, ...], i: int) -> bool:
    """Whether the word right before the particle at ``i`` (or before its को) is a noun every
    dictionary reading of which is an abstraction (बहाने, excuses; क़र्ज़, debt): with an agent
    (:func:`_marker_before` ने) that is what the verb moves — no thing, so a verb of motion is the
    phrasal verb's image (मंत्री ने वही बहाने बाहर दौड़ाए: trotted out). The subject of a verb of
    going is left alone: the dictionary's first senses make a kite (पतंग) a bad cheque."""
    from audit.lang.bilingual import abstract

    k = i - 2 if i >= 2 and folded[i - 1] == _KO else i - 1
    if k < 0 or backdict.token_key(raw[k]) not in abstract.pure_abstract_keys():
        return False
    # the table reads each English word by its first sense; a thing among the first three of any
    # reading (a kite: a bad cheque, a bird, a toy) is a thing that can move
    readings = {s.english for s in engdict.dictionary().translates_as_word(raw[k]) if s.pos.startswith("N")}
    return not any(
        set(wordnet.sense_files("noun", en)[:SENSES]) & CONCRETE_FILES for en in readings if " " not in en
    )


def _abstraction(en: str, closing: bool = False) -> bool:
    """Whether the first noun sense of ``en`` is an abstraction (WordNet's act, attribute, state …
    files): what one is out of or away from (चोट से बाहर: *blow* is first a stroke), no instrument;
    with ``closing`` (बंद), an artifact too: a made thing one closes something with is the
    instrument of closing, not an image (बोतल को ढक्कन से बंद कर दिया: *cap*; मोहर से बंद: *seal*)."""
    from audit.lang.bilingual.literal_use import ABSTRACT_FILES

    files = set(wordnet.sense_files("noun", en)[:1])
    return bool(files & ABSTRACT_FILES) or (closing and _ARTIFACT_FILE in files)


_ARTIFACT_FILE = "06"
_BAND = fold("बंद")


#: WordNet verb files of moving a thing by hand or body: 35 contact (throw, hang, pull), 38 motion
_MOVING_FILES = frozenset({"35", "38"})
#: 39 perception: a gaze has a direction and no object (लड़की ने ऊपर देखा: looked up)
_PERCEPTION_FILE = "39"


def _moves_things(tok: str, t: Tables) -> bool:
    """Whether the dictionary reads the Hindi verb ``tok`` as an English verb of moving things
    (WordNet contact or motion: फेंक → throw, लटका → hang) and never as one of perception (देख →
    see, look)."""
    from audit.lang.bilingual.literal_use import verb_file

    files = {verb_file(en) for en in t.back.get(backdict.token_key(tok), {})}
    return bool(files & _MOVING_FILES) and _PERCEPTION_FILE not in files


#: words skipped before the head of a phrasal verb's object (took down *the* video)
#: prepositions of direction after a motion verb's particle (went down *to* the river)
_PREPS = frozenset("to into onto from through across towards toward".split())


def _in_source(src: str, verb: str, particle: str, moves: bool = False) -> bool:
    """Whether ``src`` has ``verb`` (any inflection) with ``particle`` (or *into* for *in*) within
    three words after it. When the MT renders it with a Hindi verb of moving or placing
    (``moves``: नीचे रख, ऊपर खींच), the word after the particle must name no physical thing or
    place (set down *the bag* moves a thing); with such a verb or an English verb of motion the
    object must follow the particle right away and be no direction (ran back up, went down to
    the river, put them down move someone or something)."""
    from audit.lang.bilingual.concrete import is_concrete, is_place

    toks = [t[2].lower() for t in E.tokens(src)]
    for i, tok in enumerate(toks):
        if verb not in E.lemmas(tok) and tok != verb:
            continue
        for j in range(i + 1, min(len(toks), i + 5)):
            if toks[j] != particle and not (particle == "in" and toks[j] == "into"):
                continue  # (broke into the shops: break in)
            k = j + 1
            while k < len(toks) and toks[k] in E.DETERMINERS:
                k += 1
            head = toks[k] if k < len(toks) else ""
            if (moves or verb in data()["motion_verbs"]["verbs"]) and (
                j > i + 1 or not head.isalpha() or head in _PREPS
            ):
                continue  # ran back up, went down to the river: a movement
            if not (moves and head and (is_concrete(head) or is_place(head))):
                return True
    return False


def with_source(src: str, mt: str) -> list[tuple[int, int, str]]:
    """Phrasal verbs of ``src`` rendered word for word in ``mt`` (HI512): :func:`find`, verbs that
    also move things allowed (the source names the phrasal verb: stood down → नीचे खड़े हो गए,
    went under → नीचे चली गईं), kept when the source holds the same verb and particle."""
    if not src.strip():
        return []
    out = []
    for start, end, whats, moves in _find(mt, True):
        hit = [w for w in whats if _in_source(src, w.split()[0], w.split()[-1], moves)]
        if hit:
            out.append((start, end, hit[0]))
    return out
