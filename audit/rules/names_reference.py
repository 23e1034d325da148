"""HI103 — a name spelled differently from a trusted reference corpus (``--reference-corpus``).

:class:`ReferenceCorpus` is a vocabulary of trusted Hindi text whose spellings of rare names are
suggested when the audited text spells them differently. Part of the HI1xx family: the name
lexicon, tokens and phonetic keys are in :mod:`audit.rules.names`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang.bilingual.hindi import without_final_signs
from audit.lang.distance import edit_distance
from audit.lang.frequency import zipf_hi
from audit.rules.names import (
    RARE_ZIPF,
    WORD_RE,
    norm,
    skeleton,
    spelling_key,
)
from audit.rules.registry import CheckContext, make_finding, register


def _common(token: str) -> bool:
    """A word of general Hindi (as written, or without nukta): not a name to respell."""
    nfc = unicodedata.normalize("NFC", token)
    return max(zipf_hi(nfc), zipf_hi(norm(nfc))) >= RARE_ZIPF


def _consonants(sk: str) -> str:
    return re.sub("[aeiour]", "", sk)


@dataclass
class ReferenceCorpus:
    """Vocabulary of trusted Hindi text, used to check the spelling of rare names.

    Build it with :meth:`from_paths` (``.txt`` files and directories of them) or
    :meth:`from_texts`. ``counts`` maps each normalised Devanagari word to its frequency.
    """

    counts: Counter[str] = field(default_factory=Counter)
    surfaces: dict[str, str] = field(default_factory=dict)  # normalised -> spelling as written
    sources: list[str] = field(default_factory=list)
    # rare (name-like) words by (first letter, skeleton length) -> [(skeleton, key)]
    _rare: dict[tuple[str, int], list[tuple[str, str]]] = field(default_factory=dict, repr=False)

    @classmethod
    def from_texts(cls, texts: Iterable[str], sources: Iterable[str] = ()) -> ReferenceCorpus:
        corpus = cls(sources=list(sources))
        for text in texts:
            corpus.add(text)
        return corpus

    @classmethod
    def from_paths(cls, paths: list[Path]) -> ReferenceCorpus:
        """Read every ``.txt`` file in ``paths`` (files or directories, searched recursively)."""
        files: list[Path] = []
        for p in map(Path, paths):
            if p.is_dir():
                files.extend(sorted(f for f in p.rglob("*.txt") if f.is_file()))
            elif p.is_file():
                files.append(p)
            else:
                raise FileNotFoundError(f"reference corpus path not found: {p}")
        texts = (f.read_text(encoding="utf-8", errors="replace") for f in files)
        return cls.from_texts(texts, sources=[str(f) for f in files])

    def add(self, text: str) -> None:
        text = unicodedata.normalize("NFC", text)
        for m in WORD_RE.finditer(text):
            key = spelling_key(m.group())
            if len(key) < 2:
                continue
            if key not in self.counts:
                self.surfaces[key] = m.group()
                if len(key) >= 4 and not _common(m.group()):
                    sk = skeleton(key)
                    self._rare.setdefault((key[0], len(sk)), []).append((sk, key))
            self.counts[key] += 1

    def __contains__(self, token: str) -> bool:
        return spelling_key(token) in self.counts

    def __len__(self) -> int:
        return len(self.counts)

    def variant_of(self, token: str) -> str | None:
        """The trusted spelling of a rare name that ``token`` seems to misspell, or None.

        Both must be rare in general Hindi (names, not words), the token absent from the corpus,
        and their phonetic skeletons share every consonant and differ by at most one vowel (none
        for short words).
        """
        key = spelling_key(token)
        if key in self.counts or len(key) < 4 or _common(token):
            return None
        sk = skeleton(key)
        best: tuple[int, int, str] | None = None
        limit = 1 if len(sk) >= 5 else 0
        candidates = [
            c for n in range(len(sk) - limit, len(sk) + limit + 1) for c in self._rare.get((key[0], n), [])
        ]
        for cand_sk, cand in candidates:
            a, b = without_final_signs(cand), without_final_signs(key)
            if a.startswith(b) or b.startswith(a) or _consonants(cand_sk) != _consonants(sk):
                continue  # an inflection, or a different consonant: another word, not a variant
            d = edit_distance(sk, cand_sk, limit)
            if d > limit:
                continue
            rank = (d, -self.counts[cand], cand)
            if best is None or rank < best:
                best = rank
        return self.surfaces[best[2]] if best else None


@register(
    code="HI103",
    name="name-differs-from-reference",
    category="name-calque",
    severity="minor",
    summary="A rare name is spelled differently from the trusted reference corpus (वोनसन vs वोन्सान).",
)  # no registry examples: the rule needs a reference corpus (see tests/test_names.py)
def check_name_differs_from_reference(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Spelling of a name differs from the reference corpus.

    Only active with ``--reference-corpus``: a word that is rare in general Hindi and absent from
    the trusted text, but sounds like a rare word the trusted text does use (same consonants and
    vowels up to vowel length, halant and nasalisation; one difference allowed in long words), is
    flagged with the trusted spelling as suggestion.
    """
    ref: ReferenceCorpus | None = ctx.reference
    if not ref:
        return
    view = nfc_view(segment.text)
    for m in WORD_RE.finditer(view.text):
        trusted = ref.variant_of(m.group())
        if trusted is None:
            continue
        s, e = view.span(m.start(), m.end())
        yield make_finding(
            "HI103",
            segment.text,
            s,
            e,
            f"“{segment.text[s:e]}” is spelled “{trusted}” in the reference texts; use one spelling "
            "for the same name.",
            suggestion=trusted,
            reference_spelling=trusted,
            reference_count=ref.counts[spelling_key(trusted)],
        )
