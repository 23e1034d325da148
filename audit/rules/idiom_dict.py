"""HI205 English idioms rendered word for word, found through WordNet and the dictionary.

The curated lexicon (HI201, ``data/calques.toml``) lists calques one by one. This rule covers
the *class*: every English idiom in WordNet (Debian ``wordnet``, ``/usr/share/wordnet``,
WordNet licence — BSD-style) whose meaning is not built from its words becomes a Hindi
co-occurrence pattern: the Hindi words the English–Hindi dictionary (:mod:`audit.lang.engdict`,
read at run time) gives for each of its content words, found together within a few words.
*kick the bucket* → {लात} + {बाल्टी}; *piece of cake* → {टुकड़ा} + {केक}.

* An idiom is a WordNet multiword lemma with a phrasal frame (an article, preposition or
  possessive: kick *the* bucket, piece *of* cake) none of whose senses is compositional: no
  content word occurs in a sense's definition, its synonyms or its hypernyms two levels up
  (*kick the bucket* = "pass from physical life"; the racehorse sense of *dark horse* is a
  *horse*, so a literal rendering can be right and no pattern is made).
* Patterns that fire on clean Hindi are listed in ``data/idiom_dict_skip.txt`` (English
  lemmas only; rebuilt by ``scripts/build_idiom_skiplist.py``).
* The patterns are derived from the GPL dictionary and therefore built at run time and
  cached per user, never stored in the repository. Without WordNet or the dictionary that part
  is skipped and the run says so; the project's own list (no dictionary needed) still runs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import LETTER_WORD_RE, nfc_view
from audit.lang import engdict, wordnet
from audit.lang import resources as res
from audit.lang.bilingual import abstract, idiom_hindi, phrasal_back, phrasal_hindi, scene
from audit.lang.bilingual.hindi import endings_replaced
from audit.lang.bilingual.idioms import Idiom, established
from audit.lang.segment_words import segment_words, word_of
from audit.rules import idiom_handless, scene_frames
from audit.rules.idiom_patterns import (
    DISTINCT_ZIPF,
    STOP_HI,
    Pattern,
    compound_patterns,
    patterns,
    skiplist,
)
from audit.rules.names import spelling_key
from audit.rules.registry import CheckContext, make_finding, register

WINDOW_EXTRA = 3  # words allowed between the slots, in all
_VERB_ENDINGS = (
    "ना", "ने", "नी", "ता", "ती", "ते", "ा", "ी", "े", "ो", "ें", "ीं", "ूंगा", "ेगा", "ेगी", "ेंगे", "ाया",
    "ाई", "ाए", "या", "यी", "ये", "ए", "ई", "कर", "ाकर",
)  # fmt: skip
_TOKEN_RE = LETTER_WORD_RE
_STOP_RE = re.compile("[।॥.!?;:]")
#: words Hindi puts between a compound's two words (कोहनी *की* चिकनाई, बैठी *हुई* बत्तख)
_COMPOUND_GLUE = frozenset(spelling_key(w) for w in "का की के हुआ हुई हुए".split())
#: a compound that names a kind of person is one only as a predicate: a copula or "become"
#: within this many words after it (वह गीला कंबल *बन* जाता है, एक लंगड़ी बत्तख *हैं*); a blanket
#: that is dried (गीला कंबल धूप में सुखाया) is a blanket
PREDICATE_WINDOW = 3
_PREDICATE = frozenset(
    spelling_key(w)
    for w in """है हैं था थे थी थीं हो होगा होगी होंगे होता होती होते बन बना बनी बने बनो बनकर बनना
    बनने बनता बनती बनते साबित""".split()
)


@lru_cache(maxsize=1)
def _compound_index() -> dict[str, list[tuple[int, int]]]:
    return _slot_index(compound_patterns())


@res.vocabulary_memo("idiom-dict-compound-hits", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}")
def _compound_hits(tok: str) -> frozenset[tuple[int, int]]:
    """(compound pattern, slot) pairs a token can fill (an ordinary word's from a table worked out
    once per machine, :func:`audit.lang.resources.vocabulary_memo`)."""
    index = _compound_index()
    return frozenset(h for key in token_keys(tok) for h in index.get(key, ()))


def find_compounds(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) of a compound's two words side by side in its English order — at
    most का/की/के or हुआ/हुई/हुए between (गीले कंबल, ठंडी टर्की, कोहनी की चिकनाई, बैठी हुई बत्तख):
    unlike an idiom with a frame, a compound's words are no evidence a few words apart. A compound
    naming a kind of person counts only as a predicate (:data:`PREDICATE_WINDOW`)."""
    index = _compound_index()
    if not index:
        return []
    pats = compound_patterns()
    out: list[tuple[int, int, Pattern]] = []
    for sent in sentence_tokens(text):
        hits = list(map(_compound_hits, map(word_of, sent)))
        if not any(hits):
            continue  # (most sentences: no word of a compound)
        for a, here in enumerate(hits):
            for pi, si in here:
                if si:
                    continue
                for b in (a + 1, a + 2):
                    if b >= len(sent) or (b == a + 2 and spelling_key(sent[a + 1][2]) not in _COMPOUND_GLUE):
                        break
                    if (pi, 1) not in hits[b] or all(
                        res.zipf_hi(sent[t][2]) >= DISTINCT_ZIPF for t in (a, b)
                    ):
                        continue
                    after = sent[b + 1 : b + 1 + PREDICATE_WINDOW]
                    if pats[pi].person and not any(spelling_key(w) in _PREDICATE for _s, _e, w in after):
                        continue
                    out.append((sent[a][0], sent[b][1], pats[pi]))
    return out


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[int, int]]]:
    return _slot_index(patterns())


def _slot_index(pats: tuple[Pattern, ...]) -> dict[str, list[tuple[int, int]]]:
    """Hindi key → [(pattern index, slot index)] of ``pats``."""
    idx: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for pi, p in enumerate(pats):
        for si, slot in enumerate(p.slots):
            for key in slot:
                idx[key].append((pi, si))
    return dict(idx)


#: plural and oblique noun endings → the dictionary form's (फलियां → फली, कुत्ते → कुत्ता)
_NOUN_ENDINGS = (("ियां", "ी"), ("ियों", "ी"), ("ाओं", "ा"), ("ों", ""), ("ें", ""), ("े", "ा"), ("ी", "ा"))


@lru_cache(maxsize=100_000)
def token_keys(token: str) -> tuple[str, ...]:
    key = spelling_key(token)
    keys = [key]
    for suf in _VERB_ENDINGS:
        if key.endswith(suf) and len(key) - len(suf) >= 2:
            keys.append(key[: -len(suf)])
    keys.extend(endings_replaced(key, _NOUN_ENDINGS)[1:])
    return tuple(dict.fromkeys(keys))


@res.vocabulary_memo("idiom-dict-hits", key=lambda: f"{wordnet.stamp()} {engdict.stamp()}")
def _token_hits(tok: str) -> tuple[tuple[int, int], ...]:
    """(pattern, slot) pairs a token can fill."""
    if spelling_key(tok) in STOP_HI:
        return ()
    index = _index()
    return tuple(dict.fromkeys(hit for key in token_keys(tok) for hit in index.get(key, ())))


def find_idioms(text: str) -> list[tuple[int, int, Pattern]]:
    """(start, end, pattern) of idiom patterns in ``text`` (NFC): WordNet's through the dictionary
    and this project's own list through its glossary (:mod:`audit.lang.bilingual.idiom_hindi`)."""
    skip = skiplist() | established()
    out: list[tuple[int, int, Pattern]] = [
        (s, e, _own_pattern(idiom)) for s, e, idiom in idiom_hindi.find(text) if idiom.text not in skip
    ]
    out += [
        (s, e, _own_pattern(i))
        for s, e, i in idiom_hindi.find(text, True)
        if i.text not in skip and _actor(text, s)
    ]
    index = _index()
    if not index:
        return _longest_first(out)
    out += find_compounds(text)
    pats = patterns()
    for sent in sentence_tokens(text):
        token_hits = list(map(_token_hits, map(word_of, sent)))
        if not any(token_hits):
            continue  # (most sentences: no word fills a slot of any pattern)
        hits: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for ti, here in enumerate(token_hits):
            for pi, si in here:
                if ti not in hits[pi][si]:
                    hits[pi][si].append(ti)
        for pi, slots in hits.items():
            p = pats[pi]
            if len(slots) < len(p.slots):
                continue
            best = tightest(slots, len(p.slots))
            if best is None:
                continue
            lo, hi = best
            if all(res.zipf_hi(sent[t][2]) >= DISTINCT_ZIPF for t in range(lo, hi + 1)):
                continue  # only common words matched: too weak to call an idiom
            if hi - lo + 1 > len(p.slots) + WINDOW_EXTRA:
                continue
            if p.verb_first and not verb_after_object(slots, lo, hi):
                continue  # गिरी गेंद, मारा और … छत: the verb stands before its noun
            out.append((sent[lo][0], sent[hi][1], p))
    return [
        f
        for f in _longest_first(out)
        if not _literal_scene(text, f[1])
        and not scene.literal_scene(text, f[0], f[1], f[2].english, f[2].verb_first or _verb_first(f[2]))
    ]


def _actor(text: str, start: int) -> bool:
    """Whether an abstraction or an institution stands among the content words just before
    ``start`` (an idiom marked ``literal`` is a calque only after one: :mod:`audit.lang.bilingual.abstract`)."""
    begin = max(text.rfind(c, 0, start) for c in "।.!?;") + 1
    words = [unicodedata.normalize("NFC", m.group()) for m in _TOKEN_RE.finditer(text, begin, start)]
    return abstract.actor_before(
        words, len(words), abstract.institution_keys()
    ) and not abstract.physical_setting(words)


def verb_after_object(slots: dict[int, list[int]], lo: int, hi: int) -> bool:
    """Whether a token of the verb's slot (slot 0) stands after a token of another slot inside
    ``[lo, hi]`` (the verb may lie a few words further): Hindi puts the verb after its object
    (बाल्टी को लात मारी)."""
    verbs = [t for t in slots.get(0, ()) if lo <= t <= hi + WINDOW_EXTRA]  # (a later verb: खोलना … डिब्बा खोल)
    others = [t for si, ts in slots.items() if si for t in ts if lo <= t <= hi]
    return bool(verbs and others) and max(verbs) > min(others)


def _verb_first(p: Pattern) -> bool:
    """An own-list idiom that opens with its verb (*get* the ball rolling)."""
    return not p.slots and bool(idiom_hindi.leading_verb(Idiom(tuple(p.english.split()), "own")))


#: verbs of a body moving through space (कूदी, घुस आया, भाग गई): right after an idiom's words
#: they make its scene real (बिल्ली थैले से बाहर कूदी, कमरे में हाथी घुस आया)
_MOTION_STEMS = tuple("कूद घुस भाग दौड़ लुढ़क तैर चिंघाड़ रेंग फिसल झपट उछल".split())


def _literal_scene(text: str, end: int) -> bool:
    """Whether a verb of physical motion follows the idiom's words within three words."""
    following = [unicodedata.normalize("NFC", m.group()) for m in _TOKEN_RE.finditer(text, end)][:3]
    return any(w.startswith(_MOTION_STEMS) for w in following)


@lru_cache(maxsize=4096)
def _own_pattern(idiom: Idiom) -> Pattern:
    return Pattern(idiom.text, (), idiom.sense, idiom.sense)


def tightest(slots: dict[int, list[int]], n: int) -> tuple[int, int] | None:
    """Smallest token window holding a token for every slot (two pointers: linear in the hits).

    A window must also hold at least ``n`` tokens, so one token does not fill two slots."""
    if not all(si in slots for si in range(n)):
        return None
    events = sorted((t, si) for si, ts in slots.items() for t in ts)
    have: dict[int, int] = {}
    best: tuple[int, int] | None = None
    lo = 0
    for t, si in events:
        have[si] = have.get(si, 0) + 1
        while len(have) == n:
            start = events[lo][0]
            if t - start + 1 >= n and (best is None or t - start < best[1] - best[0]):
                best = (start, t)
            s0 = events[lo][1]
            have[s0] -= 1
            if not have[s0]:
                del have[s0]
            lo += 1
    return best


def _longest_first(found: list[tuple[int, int, Pattern]]) -> list[tuple[int, int, Pattern]]:
    found.sort(key=lambda f: (-(f[1] - f[0]), f[0]))
    kept: list[tuple[int, int, Pattern]] = []
    for f in found:
        if all(f[1] <= k[0] or f[0] >= k[1] for k in kept):
            kept.append(f)
    return sorted(kept, key=lambda f: f[0])


@lru_cache(maxsize=1024)
def sentence_tokens(text: str) -> tuple[list[tuple[int, int, str]], ...]:
    """Devanagari tokens of each sentence of ``text`` (memoised: HI205 and HI206 share it)."""
    return tuple(sentence_letter_words(text))


def sentence_letter_words(text: str) -> Iterator[list[tuple[int, int, str]]]:
    """The letter words of ``text`` (:data:`_TOKEN_RE`), read from the segment's word layer: its
    units are these words, joined when a hyphen stands between (split here again)."""
    cur: list[tuple[int, int, str]] = []
    prev = 0
    for u in segment_words(text).units:
        if len(u.parts) == 1:
            toks: Iterable[tuple[int, int, str]] = ((u.start, u.end, u.surface),)
        else:
            toks = [(m.start(), m.end(), m.group()) for m in _TOKEN_RE.finditer(text, u.start, u.end)]
        for start, end, word in toks:
            # a stop in the gap since the last word ends a sentence (a single space is the usual gap)
            if cur and (start - prev != 1 or text[prev] != " ") and _STOP_RE.search(text, prev, start):
                yield cur
                cur = []
            cur.append((start, end, unicodedata.normalize("NFC", word)))
            prev = end
    if cur:
        yield cur


@register(
    code="HI205",
    source_veto="expression",
    partly_needs={"dictionary", "wordnet"},
    partly_what="WordNet idioms",
    name="dictionary-idiom-calque",
    category="literal",
    severity="minor",
    summary="An English idiom (from WordNet) rendered word for word (kick the bucket → बाल्टी को लात मारी).",
    examples=[
        ("बुज़ुर्ग नेता ने आखिरकार बाल्टी को लात मार दी।", "बुज़ुर्ग नेता का आखिरकार निधन हो गया।"),
    ],
)
def check_dictionary_idiom(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """English idiom translated word by word, found through WordNet and the dictionary.

    WordNet lists thousands of multiword expressions; those whose gloss uses none of their own
    words are idioms (*kick the bucket* "die", *piece of cake* "an easy task", *cold turkey*
    "abrupt withdrawal"). For each, the English–Hindi dictionary gives Hindi words for its
    content words; when all of them occur within a few words of each other in one sentence
    (any order, any inflection), the Hindi is probably the idiom rendered literally. Patterns
    that fired on clean Hindi are switched off (``data/idiom_dict_skip.txt``).

    With the English source given the rule stays silent: HI512 checks the same idioms against
    the source, which tells a literal use (threw the towel into the basket) from an idiom.

    The project's own idiom list (``data/idioms_en.tsv``, with the Hindi of each sense as the
    suggestion) is matched the same way through its own glossary of the concrete words idioms
    are made of (``data/idiom_glossary.tsv``: बाल्टी, लात मारना, तौलिया, फेंकना …), every inflected
    form, all image words within a few words; idioms marked ``literal`` there (गर्म पानी, केक का
    टुकड़ा: commonly meant literally) are left to the source check.

    WordNet's idioms take their Hindi from the dictionary's first senses and from that glossary
    (the word MT uses: गलीचा, पिंजरा); an idiom our list marks ``literal`` stays silent in both.

    WordNet's two-word compounds count too when none of their senses is built from their words and
    the head is a metaphor (a *wet blanket* is a person, a blanket a thing; *cold turkey*, *cash
    cow*, *gravy train*) or the compound names a place (*Green Bay*, *Ivory Coast*): their two
    Hindi words side by side (गीले कंबल, ठंडी टर्की, हाथीदांत तट), a person-compound only as a
    predicate (वह गीला कंबल बन जाता है; not गीला कंबल धूप में सुखाया). Compounds that name a thing
    or a term (*snow leopard*, *artificial intelligence*), or whose head keeps its own kind (*hunger
    strike* is a strike: भूख हड़ताल is Hindi's term), are left out.

    Literal scenes told by their grammar stay silent (:mod:`audit.rules.scene_frames`): an idiom of
    verb, preposition and noun (*walk on air*) whose Hindi has no postposition in or next to it
    (शाम को ठंडी हवा चली), an idiom that says a word twice (*dog eat dog*) with the word once (आवारा
    कुत्तों को खाना खिलाते थे), an idiom whose ordinal or *own* the sentence does not render (*play
    second fiddle*: शादियों में सारंगी बजाते हैं).

    Idioms no list holds are found by their grammar when the clause's actor is an abstraction
    (:mod:`audit.rules.idiom_handless`): a thing right before a verb of contact, motion,
    consumption or the body, after a speech, an order or a plan with ने (भाषण ने … कोई बर्फ़ नहीं
    काटी, *cut no ice*; अभियान ने सुई नहीं हिलाई, *move the needle*) — not after an institution,
    a force or a name, and not Hindi's own idioms of a thing (``data/hindi_idioms.toml``: आग में
    घी डालना, पोल खोलना).

    Limits: a literal use of the same words (झील पर जमी पतली बर्फ) can be flagged; idioms
    neither list holds are left to HI201. The WordNet part needs ``wordnet`` and
    ``dict-freedict-eng-hin``; without them only that part is skipped (the run's note says so)
    and the project's own list still runs.
    """
    if (segment.src or "").strip():
        return  # with the source, HI512 decides from the English whether an idiom is there
    view = nfc_view(segment.text)
    found = find_idioms(view.text)
    phrasal = phrasal_hindi.find(view.text)
    phrasal += [h for h in phrasal_back.find(view.text) if all(h[1] <= s or h[0] >= e for s, e, _ in phrasal)]
    for start, end, what in phrasal:
        if all(end <= s or start >= e for s, e, _ in found):
            s, e = view.span(start, end)
            yield make_finding(
                "HI205",
                segment.text,
                s,
                e,
                f"शब्दशः अनुवाद: “{segment.text[s:e]}” अंग्रेज़ी फ्रेज़ल क्रिया का शब्द-दर-शब्द अनुवाद लगता है "
                f"(“{what}”: स्थान-सूचक शब्द किसी विचार, प्रस्ताव या ऐसी क्रिया के साथ जो कुछ हिलाती नहीं); "
                "हिंदी में इसका आशय लिखें।",
                phrasal=what,
            )
    taken = [(s, e) for s, e, _ in found] + [(s, e) for s, e, _ in phrasal]
    for start, end, actor in idiom_handless.find(view.text):
        if all(end <= s or start >= e for s, e in taken):
            s, e = view.span(start, end)
            yield make_finding(
                "HI205",
                segment.text,
                s,
                e,
                f"शब्दशः अनुवाद: “{segment.text[s:e]}” किसी चीज़ पर ऐसी शारीरिक क्रिया है जो “{actor}” कर ही नहीं "
                "सकता — किसी अंग्रेज़ी मुहावरे का शब्द-दर-शब्द अनुवाद लगता है; हिंदी में इसका आशय लिखें।",
                actor=actor,
            )
    for start, end, p in found:
        s, e = view.span(start, end)
        if scene_frames.literal(segment.text, s, e, p.english):
            continue  # a literal scene by its grammar (शाम को ठंडी हवा चली): audit.rules.scene_frames
        yield make_finding(
            "HI205",
            segment.text,
            s,
            e,
            f"शब्दशः अनुवाद: “{segment.text[s:e]}” स्थान के नाम “{p.english.title()}” का शब्द-दर-शब्द अनुवाद "
            "लगता है; स्थान का नाम लिप्यंतरित लिखें।"
            if p.place
            else f"शब्दशः अनुवाद: “{segment.text[s:e]}” अंग्रेज़ी मुहावरे “{p.english}” ({p.gloss}) का "
            "शब्द-दर-शब्द अनुवाद लगता है; हिंदी में इसका आशय लिखें।",
            suggestion=p.sense or None,
            english=p.english,
        )
