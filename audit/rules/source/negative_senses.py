"""English verbs that mean a negation: Hindi says them with नहीं (HI505's licence).

*skipped the meeting* → बैठक में नहीं गए, *forgot to sign* → दस्तख़त नहीं किए, *abstained* → हिस्सा
नहीं लिया, *her date stood her up* → मिलने आया ही नहीं, *fell behind on the rent* → किराया नहीं
चुका पाए. No list of such verbs is needed: WordNet's definitions say it (*skip*: intentionally
fail to attend; *forget*: be unable to remember; *abstain*: refrain from voting, choose not to
consume; *stand up*: fail to show up for a date). A source verb or phrasal verb (any inflection)
one of whose definitions (the first :data:`SINGLE_SENSES` senses of a one-word verb, any sense of
a phrasal verb: a phrase is specific) opens with a negation — *not*, *fail to*, *be unable to*,
*refrain from*, *be without*, *choose not to*, *refuse to* — licenses a Hindi negation.

:func:`negating_verb` is the one test :func:`audit.rules.source.negation._licensed` calls.
"""

from __future__ import annotations

import re
from functools import lru_cache

from audit.lang import wordnet
from audit.lang.bilingual import english as E

#: a definition that opens with a negation (*intentionally fail to attend*, *be unable to
#: remember*, *refrain from voting*, *choose not to consume*, *be without*, *fail to keep a date*)
NEGATING_DEFINITION = re.compile(
    r"^\s*(?:(?:intentionally|deliberately|purposely|completely)\s+)?"
    r"(?:not|never|no longer|fail to|be unable to|refrain from|be without|choose not to|refuse to|"
    r"decline to|neglect to|omit to)\b"
)
#: the senses of a one-word verb read (its usual ones: *miss* a bus, not a rare sense)
SINGLE_SENSES = 2
#: the words of a phrasal verb looked for after its verb (*stood her up*: one word between)
MAX_GAP = 2
#: words after which a verb's form is a noun (*the rest of*, *a miss*, *his escape*)
NOUN_OPENERS = frozenset("the a an his her its their our my your this that of".split())


def _negating(gloss: str) -> bool:
    return bool(NEGATING_DEFINITION.match(gloss.split(";")[0].lower()))


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]:
    """(one-word verbs whose usual senses negate, first word → phrasal verbs any of whose senses
    negates), read from WordNet on first use; empty without WordNet."""
    index = wordnet.index("verb")
    if not index:
        return frozenset(), {}
    data = wordnet.data_bytes("verb")
    single: set[str] = set()
    phrasal: dict[str, list[tuple[str, ...]]] = {}
    for lemma, offsets in index.items():
        parts = tuple(lemma.split("_"))
        if len(parts) == 1:
            if any(_negating(wordnet.read_synset(data, o).gloss) for o in offsets[:SINGLE_SENSES]):
                single.add(lemma)
        elif not any(p in {"one's", "someone", "something", "somebody"} for p in parts):
            if any(_negating(wordnet.read_synset(data, o).gloss) for o in offsets):
                phrasal.setdefault(parts[0], []).append(parts)
    return frozenset(single), {k: tuple(v) for k, v in phrasal.items()}


def _phrasal_at(parts: tuple[str, ...], low: list[str], i: int) -> bool:
    """The rest of the phrasal verb ``parts`` after ``low[i]``, its particle up to
    :data:`MAX_GAP` words on (*stood her up*, *fell behind*)."""
    j = i + 1
    for p in parts[1:]:
        stop = min(len(low), j + MAX_GAP + 1)
        k = next((k for k in range(j, stop) if low[k] == p), -1)
        if k < 0:
            return False
        j = k + 1
    return True


def negating_verb(tokens: tuple[str, ...]) -> bool:
    """Whether the source tokens hold a verb or phrasal verb whose WordNet definition negates."""
    single, phrasal = _tables()
    low = [t.lower() for t in tokens]
    for i, tok in enumerate(low):
        if i > 0 and low[i - 1] in NOUN_OPENERS:
            continue  # a noun (*the rest*, *a bomb*), no verb
        for lemma in E.lemmas(tok):
            if lemma in single or any(_phrasal_at(p, low, i) for p in phrasal.get(lemma, ())):
                return True
    return False
