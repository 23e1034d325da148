"""Segment risk: a logistic model over findings and scores, its weights stored as data.

The weights live in ``audit/data/risk_weights.json`` and are fitted by ``audit calibrate``
(see :mod:`audit.calibrate`) on IndicMT-Eval train; the flag threshold is chosen on val.
A segment without any finding is never flagged: editors need a span to act on, so its risk
is scaled into ``[0, threshold)`` — still ordered by the model, never above a flagged one.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from audit.core.data import data_text
from audit.core.model import SegmentResult
from audit.core.text import LATIN_WORD_RE, LETTER_WORD_RE
from audit.lang import engdict
from audit.lang.frequency import zipf_hi
from audit.lang.resources import english_lookalikes, vocabulary_table
from audit.rules.registry import families

FeatureFunc = Callable[[SegmentResult], float]
FEATURES: dict[str, FeatureFunc] = {}


def feature(name: str) -> Callable[[FeatureFunc], FeatureFunc]:
    def decorator(func: FeatureFunc) -> FeatureFunc:
        FEATURES[name] = func
        return func

    return decorator


#: features read from the findings alone: a function of :func:`finding_counts` (one walk over a
#: result's findings serves them all; :meth:`RiskModel.features` reads them so)
COUNT_FEATURES: dict[str, Callable[[Mapping[str, int]], float]] = {}


def finding_counts(result: SegmentResult) -> dict[str, int]:
    """The result's findings counted by severity and by rule family (``HI1`` …), in one walk."""
    counts: dict[str, int] = {}
    get = counts.get
    for f in result.findings:
        counts[f.severity] = get(f.severity, 0) + 1
        family = f.code[:3]
        counts[family] = get(family, 0) + 1
    return counts


def _count_feature(name: str, func: Callable[[Mapping[str, int]], float]) -> None:
    COUNT_FEATURES[name] = func
    feature(name)(lambda r: func(finding_counts(r)))


def _severity_count(severity: str) -> Callable[[Mapping[str, int]], float]:
    return lambda counts: math.log1p(counts.get(severity, 0))


def _family_fired(family: str) -> Callable[[Mapping[str, int]], float]:
    return lambda counts: float(counts.get(family, 0) > 0)


for _sev in ("minor", "major", "critical"):
    _count_feature(f"findings_{_sev}", _severity_count(_sev))
for _fam in families():  # one feature per rule family in the registry
    _count_feature(f"family_{_fam}", _family_fired(_fam))


# Words, never punctuation: the dandas (।, ॥) and Devanagari digits are outside these ranges, so
# no feature depends on the spacing around punctuation. (IndicMT-Eval's clean copy puts a space
# before the closing danda wherever an annotated span ended the sentence; a tokeniser that made
# "।" a word turned that annotation trace into rare-word and length signal — docs/quality.md.)
_DEVANAGARI_WORD_RE = LETTER_WORD_RE
_NUMBER_RE = re.compile(r"[0-9\u0966-\u096f]+")
_PUNCTUATION_RE = re.compile("[,;:()\"'“”‘’\\-]")
# A Devanagari word that spells an English word (स्ट्रेक for *streak*, अंडरसाइड for *underside*) and
# is not itself a common Hindi word: IndicMT-Eval's "Transliteration" errors (400 of its 2,059
# spans). A look-alike of a common English word counts below Hindi Zipf 4.5; one of a rarer English
# word (any word of the look-alike index) only below Hindi Zipf 4.0 — a transliterated rare English
# word is the MT not knowing it, but a fairly common Hindi word that happens to read like a rare
# English one (बर्फ ~ barf, नाव ~ nave) is Hindi. Round 5: counting the rare look-alikes raised the
# Hindi-only CV τ on train by +0.016 (10 of 10 folds) and the within-source τ of the count (the
# worse of two translations of one sentence) from 0.10 to 0.15 (docs/quality.md, Risk model).
TRANSLIT_SIMILARITY = 0.75
TRANSLIT_ENGLISH_ZIPF = 3.5
TRANSLIT_RARE_ENGLISH_HINDI_ZIPF = 4.0
TRANSLIT_HINDI_ZIPF = 4.5
# Below this wordfreq Zipf a Hindi word is uncommon (Hindi's list has no entries under ≈ 3, so a
# lower cut counts only the words it does not know: ``unknown_words``).
UNCOMMON_ZIPF = 4.5


@lru_cache(maxsize=4096)
def hindi_words(text: str) -> tuple[str, ...]:
    """The Devanagari words of ``text`` (no dandas, digits or other punctuation)."""
    return tuple(_DEVANAGARI_WORD_RE.findall(text))


@lru_cache(maxsize=50_000)
def looks_transliterated(word: str) -> bool:
    """``word`` spells an English word in Devanagari and is not a common Hindi word, nor a
    Hindi word of the FreeDict dictionary (पालतू, तरल: English look-alikes by chance) when it is
    installed. A look-alike of a rare English word counts only when the Hindi word is rare too
    (``TRANSLIT_RARE_ENGLISH_HINDI_ZIPF``). A word of wordfreq's Hindi list is answered from a
    per-machine table (:func:`audit.lang.resources.vocabulary_table`, keyed on the dictionary)."""
    known = _translit_table(engdict.available()).get(word)
    return _looks_transliterated(word) if known is None else known


@lru_cache(maxsize=2)
def _translit_table(with_dictionary: bool) -> Mapping[str, bool]:
    """Keyed on whether the dictionary is there (like HI408's table): a process that switches it
    off (``AUDIT_FREEDICT_DIR=none``) reads the other table."""
    index = engdict._index_path() if with_dictionary else None
    return vocabulary_table("risk-translit", _looks_transliterated, str(index or "none"))


def _looks_transliterated(word: str) -> bool:
    hindi_zipf = zipf_hi(word)
    if hindi_zipf >= TRANSLIT_HINDI_ZIPF:
        return False
    looks = english_lookalikes(word, min_key_len=2)
    if not (looks and looks[0][2] >= TRANSLIT_SIMILARITY):
        return False
    if looks[0][1] < TRANSLIT_ENGLISH_ZIPF and hindi_zipf >= TRANSLIT_RARE_ENGLISH_HINDI_ZIPF:
        return False
    hindi_word = bool(engdict.dictionary().translates_as_word(word))
    return not hindi_word or engdict.is_transliteration(word, common=False)


class WordCounts(NamedTuple):
    """What the word features count in one text (:func:`word_counts`)."""

    hindi: int  # Devanagari words
    latin: int  # Latin-script words
    numbers: int
    unknown: int  # Hindi words wordfreq does not know (Zipf 0)
    uncommon: int  # below UNCOMMON_ZIPF
    translit: int  # distinct words that look transliterated
    odd: int  # unknown or transliterated occurrences, plus the Latin words


@lru_cache(maxsize=4096)
def word_counts(text: str) -> WordCounts:
    """The word counts of ``text`` behind the word features: each word's class (:func:`word_class`,
    memoised per word) counted in one C-level pass (``Counter`` over ``map``), the counts read from
    the few distinct classes rather than word by word."""
    words = hindi_words(text)
    latin = len(LATIN_WORD_RE.findall(text))
    unknown = uncommon = odd = 0
    any_translit = False
    for cls, n in Counter(map(word_class, words)).items():
        if cls & UNKNOWN:
            unknown += n
        if cls & UNCOMMON:
            uncommon += n
        if cls & (UNKNOWN | TRANSLIT):
            odd += n
        any_translit = any_translit or bool(cls & TRANSLIT)
    # (distinct words: asked only of a text that holds one)
    n_translit = sum(1 for w in set(words) if word_class(w) & TRANSLIT) if any_translit else 0
    numbers = len(_NUMBER_RE.findall(text))
    return WordCounts(len(words), latin, numbers, unknown, uncommon, n_translit, odd + latin)


#: :func:`word_class` bits
UNKNOWN, UNCOMMON, TRANSLIT = 1, 2, 4


@lru_cache(maxsize=100_000)
def word_class(word: str) -> int:
    """A Hindi word's bits for :func:`word_counts`: ``UNKNOWN`` (wordfreq's Zipf 0), ``UNCOMMON``
    (below ``UNCOMMON_ZIPF``), ``TRANSLIT`` (:func:`looks_transliterated`)."""
    zipf = zipf_hi(word)
    return (
        (UNKNOWN if zipf == 0.0 else 0)
        | (UNCOMMON if zipf < UNCOMMON_ZIPF else 0)
        | (TRANSLIT if looks_transliterated(word) else 0)
    )


@feature("words")
def _words(result: SegmentResult) -> float:
    c = word_counts(result.segment.text)
    return math.log1p(c.hindi + c.latin + c.numbers)


@feature("unknown_words")
def _unknown_words(result: SegmentResult) -> float:
    return math.log1p(word_counts(result.segment.text).unknown)


@feature("translit_words")
def _translit_words(result: SegmentResult) -> float:
    return math.log1p(word_counts(result.segment.text).translit)


@feature("latin_words")
def _latin_words(result: SegmentResult) -> float:
    return math.log1p(word_counts(result.segment.text).latin)


@feature("uncommon_words")
def _uncommon_words(result: SegmentResult) -> float:
    return math.log1p(word_counts(result.segment.text).uncommon)


@feature("odd_share")
def _odd_share(result: SegmentResult) -> float:
    """Share of the words that are unknown to wordfreq, transliterated English or Latin script:
    the rate of unusual words, independent of length (the counts above grow with it)."""
    c = word_counts(result.segment.text)
    return c.odd / max(1, c.hindi + c.latin)


@feature("punctuation")
def _punctuation(result: SegmentResult) -> float:
    return math.log1p(len(_PUNCTUATION_RE.findall(result.segment.text)))


@dataclass
class RiskModel:
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5
    means: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    meta: dict[str, Any] = field(default_factory=dict)

    def features(self, result: SegmentResult) -> dict[str, float]:
        values = {}
        counts = None  # the findings counted once for every count feature
        for name in self.weights:
            count = COUNT_FEATURES.get(name)
            if count is not None:
                if counts is None:
                    counts = finding_counts(result)
                values[name] = count(counts)
            elif name in FEATURES:
                values[name] = FEATURES[name](result)
            else:  # a score computed upstream (e.g. src↔mt similarity); neutral when absent
                values[name] = float(result.scores.get(name, self.means.get(name, 0.0)))
        return values

    def probability(self, values: dict[str, float]) -> float:
        z = self.bias
        for name, w in self.weights.items():
            x = (values.get(name, 0.0) - self.means.get(name, 0.0)) / (self.scales.get(name, 1.0) or 1.0)
            z += w * x
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    def score(self, result: SegmentResult, threshold: float | None = None) -> None:
        """Set ``result.risk`` and ``result.flagged`` in place."""
        cut = self.threshold if threshold is None else threshold
        seg = result.segment
        if not seg.src and (not seg.is_hindi or not seg.text.strip()):
            result.risk, result.flagged = 0.0, False  # boilerplate or empty, nothing to judge
            return
        p = self.probability(self.features(result))
        if not result.findings:
            p = p * cut * 0.999
        result.risk = p
        result.flagged = bool(result.findings) and p >= cut

    def to_json(self) -> dict[str, Any]:
        return {
            "weights": self.weights,
            "bias": self.bias,
            "threshold": self.threshold,
            "means": self.means,
            "scales": self.scales,
            "meta": self.meta,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RiskModel:
        return cls(
            weights={k: float(v) for k, v in data["weights"].items()},
            bias=float(data["bias"]),
            threshold=float(data.get("threshold", 0.5)),
            means={k: float(v) for k, v in data.get("means", {}).items()},
            scales={k: float(v) for k, v in data.get("scales", {}).items()},
            meta=dict(data.get("meta", {})),
        )


def load_risk_model(name: str = "hindi_only") -> RiskModel:
    """The packaged model: ``hindi_only`` or ``with_source``."""
    text = data_text("risk_weights.json")
    return RiskModel.from_json(json.loads(text)[name])
