"""The spatial particles of English phrasal verbs and idioms and their Hindi (up → ऊपर, out →
बाहर): ``audit/data/phrasal_literal.toml``, shared by the idiom matcher
(:mod:`audit.lang.bilingual.idioms`) and the phrasal-verb checks
(:mod:`audit.lang.bilingual.phrasal`, :mod:`audit.lang.bilingual.phrasal_hindi`)."""

from __future__ import annotations

from functools import lru_cache

from audit.core.data import data_toml
from audit.lang import wordnet
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import fold, stem_key


def data() -> dict:
    return data_toml("phrasal_literal.toml")


@lru_cache(maxsize=1)
def particles() -> dict[str, tuple[str, ...]]:
    """English particle → the folded Hindi of its spatial sense."""
    return {p: tuple(fold(h) for h in hs) for p, hs in data()["particles"].items()}


def verb_keys(word: str) -> set[tuple[str, ...]]:
    """The plain Hindi verb MT uses for a common English verb (called → कहा, for *called it a
    day*; ``light_verbs`` of ``audit/data/phrasal_literal.toml``), as stem keys."""
    light = data()["light_verbs"]
    return {
        tuple(stem_key(x) for x in h.split()) for lemma in E.lemmas(word) for h in light.get(lemma, ())
    } - {("",)}


def particle_keys(word: str) -> set[tuple[str, ...]]:
    """The stem keys of the spatial Hindi of the English particle ``word`` (out → बाहर)."""
    return {(stem_key(h),) for h in particles().get(word, ())}


#: prepositions of movement towards after a particle (bounced back *to* him, rolled *into* the net)
TOWARDS = frozenset("to towards toward into onto".split())


def towards(verb: str, particle: str, word: str) -> bool:
    """Whether ``word`` after the phrasal verb's particle says a movement towards (bounced back
    *to* him), not the last word of a three-word verb WordNet lists (looks up *to* her aunt:
    *look_up_to*, "have a high opinion of"; faced up *to* them)."""
    return word in TOWARDS and not wordnet.senses("verb", f"{verb}_{particle}_{word}")
