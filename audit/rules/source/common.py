"""Shared by the source-aware rules (HI5xx): the source lexicons, the dictionary, NFC helpers, the
English source of every rule example."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from audit.core.data import data_toml

# English source of every rule example: EXAMPLE_SOURCES[code][i] belongs to examples[i].
EXAMPLE_SOURCES: dict[str, tuple[str, ...]] = {
    "HI501": ("The company lost $2.5 billion in 27 days.",),
    "HI502": ("The talks will resume on Tuesday, 14 March.",),
    "HI503": ("Yesterday Ri Son Gwon met Moon Jae-in in the capital.",),
    "HI504": ("The award was given to Tove Ditlevsen at the festival.",),
    "HI505": ("The minister said the government would never raise the tax.",),
    "HI506": (
        "The committee approved the new budget for schools, hospitals and roads after a long debate on Friday.",
    ),
    "HI507": ("After the rain the farmers sold the crop.",),
    "HI510": (
        "The bridge was closed for repairs on Monday, and the traffic was diverted through the old city for three days.",
    ),
    "HI511": (
        "After the heavy rain on Monday, the farmers of the district sold their entire wheat crop at the local market.",
    ),
    "HI508": ("The results of the election will be announced tomorrow.",),
    "HI509": ("The school will reopen next week.",),
    "HI512": ("After the defeat the party leader finally threw in the towel.",),
    "HI513": ("The governor chaired a review meeting on floods.",),
    # (Condoleezza Rice → चावल, the example until round 5, is found by HI503's slot check now)
    "HI514": ("Senator Lindsey Graham met officials at the Pentagon in Washington.",),
    "HI515": ("The committee approved the budget for schools, hospitals and roads.",),
    "HI516": ("The girl climbed the tree.",),
    "HI517": ("The school was closed because of the floods.",),
}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The closed word lists of audit/data/source_lexicon.toml (read through :func:`data_toml`, the
    one reader of the package's TOML files; shared: read it, never change it)."""
    return data_toml("source_lexicon.toml")


@lru_cache(maxsize=1)
def evidence_lexicon() -> dict[str, Any]:
    """The word classes of audit/data/source_evidence.toml (HI512 established calques, HI514 titles)."""
    return data_toml("source_evidence.toml")


def dictionary() -> Any:
    """The FreeDict dictionary with stem keys (:mod:`audit.lang.bilingual.freedict`), or ``None``.

    The rules that use it declare ``needs={"dictionary"}``: without it they are skipped and the
    run's note names them (``audit.rules.registry.skipped_note``).
    """
    from audit.lang.bilingual import freedict

    return freedict.load()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


#: Latin letters Unicode does not decompose into a base letter and a mark (Tarık, Łukasz, Søren,
#: Đoković, Guðmundur), folded one for one so names keep their length and offsets
_LATIN_FOLD = str.maketrans("ıłŁøØđĐðÐħ", "ilLoODDdDh")


def ascii_letters(text: str) -> str:
    """``text`` with accented Latin letters as their base letters, one character for one
    (Inês → Ines, Tarık → Tarik): a name is one token of ``[A-Za-z]`` however it is spelled."""
    out = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return out.translate(_LATIN_FOLD)


#: what may stand right before a sentence's first word: nothing, an end of sentence, a colon or
#: semicolon, an opening quote or bracket
_SENT_START_RE = re.compile(r"(^|[.!?:;\"“(]\s*)$")


def at_sentence_start(src: str, i: int) -> bool:
    """Whether position ``i`` of the English ``src`` opens a sentence (or a quotation or a bracket):
    a capital there says nothing of a name."""
    return bool(_SENT_START_RE.search(src[:i]))


def named_in_source(word: str, src: str) -> bool:
    """Whether the English ``src`` writes ``word`` only as a name: capitalised, somewhere where no
    sentence begins, and never in lower case (*The Penguins beat the Coyotes*; not *the farmers*,
    nor *Arenas were full*, a capital a sentence start explains)."""
    hits = list(re.finditer(rf"\b{re.escape(word)}\b", src, re.IGNORECASE))
    return (
        bool(hits)
        and all(m.group()[:1].isupper() for m in hits)
        and any(not at_sentence_start(src, m.start()) for m in hits)
    )


def bare(word: str) -> str:
    """NFC form of a Devanagari word without a danda glued to it."""
    return nfc(word).rstrip("।॥")


def whole_span(text: str) -> tuple[int, int]:
    """Span of the segment without surrounding space and final punctuation."""
    stripped = text.rstrip(" \t\n।॥.!?|\"'”’")
    start = len(text) - len(text.lstrip())
    end = len(stripped)
    return (start, end) if end > start else (0, len(text))
