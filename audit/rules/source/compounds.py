"""HI513, compounds: an English closed compound of the source whose meaning is not built from its
parts (deadline, bottleneck, brainchild) rendered in the MT by the Hindi of both parts side by
side (मृत रेखा, बोतल की गर्दन, दिमाग का बच्चा) — a calque. Which compounds are opaque:
:mod:`audit.lang.bilingual.compounds` (WordNet + FreeDict, read at run time)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from audit.lang import engdict
from audit.lang.bilingual import compounds as C
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import is_stop, stem_key
from audit.lang.bilingual.hindi import words as hindi_words
from audit.rules.source.common import dictionary
from audit.rules.source.sense_guards import LIGHT_VERBS, verb_renders

MAX_LINK = 2  # function words allowed between the two parts' Hindi (का, के, की …)


@dataclass(frozen=True)
class CompoundCalque:
    start: int
    end: int
    english: str  # the compound as the source writes it
    modifier: str
    head: str


def _renders(hindi: str, part: str) -> bool:
    """The Hindi word is a first-sense FreeDict translation of the English part (either
    direction: a calque takes each part in its first sense) or its transliteration."""
    key = stem_key(hindi)
    eh = engdict.dictionary()
    lemmas = E.lemmas(part)
    for lemma in lemmas:
        for gloss in eh.translations(lemma, max_rank=1):
            g = gloss.split()
            if len(g) == 1 or len(g) == 2 and g[1] in LIGHT_VERBS:
                k = stem_key(g[0])
                if k == key or min(len(key), len(k)) >= 3 and key.startswith(k):
                    return True
    if any(s.rank == 1 and s.english.lower() in lemmas for s in eh.english_for(hindi)):
        return True
    return engdict.is_transliteration(hindi, part, common=False)


@lru_cache(maxsize=4096)
def compound_calques(src: str, mt: str) -> tuple[CompoundCalque, ...]:
    d = dictionary()
    if d is None or not src or not mt:
        return ()
    toks = E.tokens(src)
    src_words = {lemma for _, _, t in toks for lemma in E.lemmas(t)}
    words = hindi_words(mt)
    out: list[CompoundCalque] = []
    taken: set[int] = set()
    for i, (_, _, tok) in enumerate(toks):
        if i and tok[:1].isupper():  # a capitalised word inside the sentence is a name
            continue
        for lemma in dict.fromkeys(E.lemmas(tok)):
            if not C.is_noun(d, lemma):
                continue
            for mod, head in C.splits(lemma):
                # the MT may render a separate source word (the man … a hunt), not the compound
                if mod in src_words or head in src_words or not C.opaque(d, lemma, mod, head):
                    continue
                hit = _adjacent(mt, words, mod, head, taken)
                if hit is not None:
                    a, b = hit
                    taken.update(range(a, b + 1))
                    out.append(CompoundCalque(words[a][0], words[b][1], tok, mod, head))
                    break
            else:
                continue
            break
    return tuple(sorted(out, key=lambda c: c.start))


def _adjacent(mt: str, words, mod: str, head: str, taken: set[int]) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """(first, last) MT word positions of the modifier's Hindi followed by the head's (another
    word), with at most MAX_LINK function words and no punctuation between them."""
    for a, (_, _, w) in enumerate(words):
        if a in taken or is_stop(w) or not _renders(w, mod):
            continue
        for b in range(a + 1, min(len(words), a + MAX_LINK + 2)):
            if mt[words[b - 1][1] : words[b][0]].strip():
                break  # punctuation between: two phrases
            wb = words[b][2]
            if is_stop(wb):
                continue
            if verb_renders(wb, head):
                break  # the head said as a verb: an event told as a clause (बादल फटने), no calque
            if b not in taken and wb != w and _renders(wb, head):
                return a, b
            break
    return None
