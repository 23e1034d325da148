"""Phrasal verbs rendered word for word, found in Hindi alone (HI205).

MT renders an English phrasal verb particle by particle: the spatial Hindi of the particle
(ऊपर, नीचे, बाहर, पीछे, के अंदर) followed by the verb's plain Hindi. Hindi says this of things
moving in space (डिब्बे ऊपर ले आए, घर से बाहर भागा) but not of plans, offers, talks or disputes;
so the signal is an abstract noun of ``audit/data/phrasal_literal.toml`` governed by the particle
and a verb: प्रस्ताव को नीचे कर दिया (turned down the offer), योजना के साथ ऊपर आई (came up with a
plan), मुद्दा ऊपर लाया (brought up the issue), बातचीत नीचे टूट गई (talks broke down). Hindi's own
phrases with a particle (पीछे छोड़ना, ऊपर उठाना, X से बाहर निकलना, सबसे ऊपर रखना) stay silent, and so
does a particle pair no Hindi phrase has (पीछे नीचे जाना for back down) whatever its subject.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang.bilingual.hindi import fold
from audit.lang.bilingual.particles import data
from audit.lang.inflection import noun_forms

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
        fold(h) for hs in data()["particles"].values() for h in hs if h not in {"दूर", "पार", "माध्यम"}
    )


@lru_cache(maxsize=1)
def _nouns() -> frozenset[str]:
    return frozenset(fold(f) for n in data()["hindi"]["abstract_nouns"] for f in noun_forms(n))


@lru_cache(maxsize=1)
def _natural() -> tuple[tuple[str, str], ...]:
    return tuple((fold(a), fold(b)) for a, b in (p.split() for p in data()["hindi"]["natural"]))


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    return frozenset((fold(a), fold(b)) for a, b in data()["hindi"]["pairs"])


def natural_phrase(particle: str, verb: str) -> bool:
    """Whether particle + verb is one of Hindi's own phrases (पीछे छोड़ा, ऊपर उठाया)."""
    return any(particle == p and verb.startswith(v) for p, v in _natural())


def find(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what) of literal phrasal verbs in ``text``."""
    words = [(m.start(), m.end(), fold(m.group())) for m in _WORD_RE.finditer(text)]
    parts, nouns = _particles(), _nouns()
    out: list[tuple[int, int, str]] = []
    for i, (s, _e, w) in enumerate(words):
        if w not in parts or i + 1 >= len(words):
            continue
        nxt = words[i + 1][2]
        gap = text[words[i][1] : words[i + 1][0]]
        if _CLAUSE_END.search(gap):
            continue
        if (w, nxt) in _pairs() and i + 2 < len(words) and words[i + 2][2] not in _NOT_VERB:
            out.append((s, words[i + 2][1], f"{w} {nxt}"))
            continue
        if nxt in _NOT_VERB or nxt in parts or nxt in nouns:
            continue
        prev = words[i - 1][2] if i else ""
        with_ = prev == fold("साथ") and i >= 2 and words[i - 2][2] == fold("के")
        if prev in _NOT_PARTICLE_BEFORE or (natural_phrase(w, nxt) and not with_):
            continue
        # the abstract noun the particle governs, a few words back in the same clause
        start = None
        for k in range(i - 1, max(-1, i - 2 - NOUN_GAP), -1):
            if _CLAUSE_END.search(text[words[k][1] : words[k + 1][0]]) or words[k][2] in _CONJ:
                break
            if words[k][2] in nouns:
                start = k
                break
        if start is None:
            continue
        lo = i - 2 if with_ else i
        out.append((words[lo][0], words[i + 1][1], f"{w} {nxt}"))
    return out
