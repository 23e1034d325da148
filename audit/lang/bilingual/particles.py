"""The spatial particles of English phrasal verbs and idioms and their Hindi (up → ऊपर, out →
बाहर): ``audit/data/phrasal_literal.toml``, shared by the idiom matcher
(:mod:`audit.lang.bilingual.idioms`) and the phrasal-verb checks
(:mod:`audit.lang.bilingual.phrasal`, :mod:`audit.lang.bilingual.phrasal_hindi`)."""

from __future__ import annotations

from functools import lru_cache

from audit.core.data import data_toml
from audit.lang.bilingual.hindi import fold


def data() -> dict:
    return data_toml("phrasal_literal.toml")


@lru_cache(maxsize=1)
def particles() -> dict[str, tuple[str, ...]]:
    """English particle → the folded Hindi of its spatial sense."""
    return {p: tuple(fold(h) for h in hs) for p, hs in data()["particles"].items()}
