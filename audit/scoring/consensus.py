"""Agreement between several translations of one source in the same document (a risk feature).

When a document holds more than one MT output of the same English source (a system comparison,
an evaluation file such as IndicMT-Eval with up to six systems a sentence), the translations
vouch for each other: a translation far from every other system's rendering of the same sentence
is more often wrong — the "consensus" or MBR signal of quality estimation. ``mt_disagreement`` is
1 − chrF/100 of the MT against the closest other distinct translation of the same source (the
nearest neighbour: two systems that agree are evidence; one outlier among them is not).

Without a source (Hindi-only runs) the other translations of a sentence are recognised by their
likeness instead (:func:`similar_disagreements`: shared uncommon words, then word-level chrF), and
the distance is word-level.

The feature is absent (the risk model then reads its training mean, i.e. no evidence either way)
when the translation has no such sibling in the document: a single system's output, exact
duplicate rows. Round 6 (docs/quality.md, Risk model): CV τ on train +0.065 with the source,
+0.081 Hindi-only (10 of 10 folds each) over the round-5 features.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from audit.core.model import SegmentResult

FEATURE = "mt_disagreement"
# Without a source, another translation of the same sentence is recognised by its likeness: it
# shares at least SHARED_WORDS uncommon words (≥ 4 characters, in at most DF_CAP texts of the
# document) and its word-level chrF (word 1–2-grams, β = 2; cheaper than character 6-grams, which
# gained as much: CV +0.089 vs +0.081 but 3× the CPU) reaches SIMILAR_CHRF.
SIMILAR_CHRF = 25.0
DF_CAP = 12
SHARED_WORDS = 2
MAX_NEAR = 8  # candidates compared, those sharing the most uncommon words
# At most this many other translations are compared with each one (a bound on the cost of a
# source repeated many times in one document: n × MAX_OTHERS chrF comparisons).
MAX_OTHERS = 8
CHAR_ORDER, BETA = 6, 2.0  # sacrebleu's chrF defaults (audit.scoring.metrics: ``CHRF()``)


def _matches(a: list[Counter[str]], b: list[Counter[str]]) -> list[int]:
    """Matched character n-grams of each order (symmetric: one count serves both directions):
    ``sum(min(x[g], y[g]) for g in x.keys() & y.keys())``, the same integers, walking the smaller
    counter and looking each n-gram up in the other (no intersection set, no ``min`` calls)."""
    out = []
    for x, y in zip(a, b):
        if len(x) > len(y):
            x, y = y, x
        get = y.get
        matched = 0
        for g, c in x.items():
            d = get(g)
            if d is not None:
                matched += c if c < d else d
        out.append(matched)
    return out


def chrf_from(n_hyp: Sequence[int], n_ref: Sequence[int], match: Sequence[int]) -> float:
    """Sentence chrF (0–100) from per-order n-gram totals and matches — sacrebleu's formula
    (``CHRF()``: β = 2, effective-order averaging), which its ``sentence_score`` recomputes from
    both texts for every pair; here each text is read once and each pair's matches counted once."""
    factor = BETA**2
    prec_sum = rec_sum = 0.0
    order = 0
    for h, r, m in zip(n_hyp, n_ref, match):
        if h and r:
            prec_sum += m / h
            rec_sum += m / r
            order += 1
    if not order or not prec_sum + rec_sum:
        return 0.0
    prec, rec = prec_sum / order, rec_sum / order
    return 100.0 * (1 + factor) * prec * rec / (factor * prec + rec)


def chrf(hyp: str, ref: str) -> float:
    """Sentence chrF of two texts (equal to sacrebleu's ``CHRF().sentence_score``; tested)."""
    a, b = _char_ngrams(hyp), _char_ngrams(ref)
    return chrf_from([c.total() for c in a], [c.total() for c in b], _matches(a, b))


def _key(text: str) -> str:
    return " ".join(text.split())


def _char_ngrams(text: str) -> list[Counter[str]]:
    # (imported here: a Hindi-only run compares word n-grams only, and sacrebleu's import is
    # ~30 ms of its start-up)
    from sacrebleu.metrics.helpers import extract_all_char_ngrams

    return extract_all_char_ngrams(text, CHAR_ORDER)


def _word_ngrams(text: str) -> list[Counter[str]]:
    words = text.split()
    return [Counter(words), Counter(map(" ".join, zip(words, words[1:])))]


def _similarity(extract: Callable[[str], list[Counter[str]]] = _char_ngrams) -> Callable[[str, str], float]:
    """chrF (:func:`chrf_from`) of two texts over the n-grams ``extract`` gives (character 1–6-grams:
    chrF itself; word 1–2-grams: its word-level analogue), each text's n-grams extracted once and
    each pair's matches counted once."""
    grams: dict[str, tuple[list[Counter[str]], list[int]]] = {}
    matched: dict[tuple[str, str], list[int]] = {}

    def ngrams(text: str) -> tuple[list[Counter[str]], list[int]]:
        if text not in grams:
            counts = extract(text)
            grams[text] = counts, [c.total() for c in counts]
        return grams[text]

    def similarity(hyp: str, ref: str) -> float:
        pair = (hyp, ref) if hyp <= ref else (ref, hyp)
        if pair not in matched:
            matched[pair] = _matches(ngrams(hyp)[0], ngrams(ref)[0])
        return chrf_from(ngrams(hyp)[1], ngrams(ref)[1], matched[pair])

    return similarity


def similar_disagreements(translations: Sequence[str]) -> list[float | None]:
    """``mt_disagreement`` without a source: 1 − word chrF/100 against the closest other distinct
    translation in ``translations`` that is alike enough to render the same sentence
    (``SHARED_WORDS`` uncommon words in common and word chrF ≥ ``SIMILAR_CHRF``); ``None`` where
    no text is. Candidates come from an index of the document's uncommon words, so the cost grows
    with the number of texts, not its square."""
    keys = [_key(t) for t in translations]
    distinct = list(dict.fromkeys(k for k in keys if k))
    words = [{w for w in k.split() if len(w) >= 4} for k in distinct]
    df = Counter(chain.from_iterable(words))
    index: dict[str, list[int]] = defaultdict(list)
    for i, ws in enumerate(words):
        for w in ws:
            if df[w] <= DF_CAP:
                index[w].append(i)
    similarity = _similarity(_word_ngrams)
    best: dict[str, float] = {}
    for i, ws in enumerate(words):
        # the texts sharing each word, counted in one C-level pass (only the words in at most
        # DF_CAP texts are indexed: the others give None)
        shared: Counter[int] = Counter(chain.from_iterable(filter(None, map(index.get, ws))))
        shared.pop(i, None)
        # ties broken by position, never by set order (which varies with the hash seed per process)
        near = sorted((j for j, n in shared.items() if n >= SHARED_WORDS), key=lambda j: (-shared[j], j))[
            :MAX_NEAR
        ]
        top = max((similarity(distinct[i], distinct[j]) for j in near), default=0.0)
        if top >= SIMILAR_CHRF:
            best[distinct[i]] = round(1.0 - top / 100.0, 6)
    return [best.get(k) for k in keys]


def disagreements(sources: Sequence[str], translations: Sequence[str]) -> list[float | None]:
    """``mt_disagreement`` of each (source, translation) pair among the others given: 1 − the
    best sentence chrF (:func:`chrf`, this translation as hypothesis) against another distinct
    translation of the same source (whitespace-normalised); ``None`` where there is none."""
    by_source: dict[str, list[str]] = defaultdict(list)
    for src, mt in zip(sources, translations):
        if src.strip() and mt.strip():
            group = by_source[_key(src)]
            if _key(mt) not in group:
                group.append(_key(mt))
    similarity = _similarity()
    scores: dict[tuple[str, str], float | None] = {}
    out: list[float | None] = []
    for src, mt in zip(sources, translations):
        key = (_key(src), _key(mt))
        if key not in scores:
            others = [o for o in by_source.get(key[0], []) if o != key[1]][:MAX_OTHERS]
            best = max((similarity(key[1], o) for o in others), default=None)
            scores[key] = None if best is None or not key[1] else round(1.0 - best / 100.0, 6)
        out.append(scores[key])
    return out


def add_disagreement(results: Sequence[SegmentResult]) -> None:
    """Set ``scores["mt_disagreement"]`` on the results (with a source) that have a sibling
    (other translations of the same source)."""
    with_src = [r for r in results if r.segment.src and r.segment.text]
    values = disagreements([r.segment.src or "" for r in with_src], [r.segment.text for r in with_src])
    for r, value in zip(with_src, values):
        if value is not None:
            r.scores[FEATURE] = value


def add_similar_disagreement(results: Sequence[SegmentResult]) -> None:
    """The same for results without a source (:func:`similar_disagreements`)."""
    todo = [r for r in results if not r.segment.src and r.segment.text.strip()]
    if len(todo) < 2:
        return
    for r, value in zip(todo, similar_disagreements([r.segment.text for r in todo])):
        if value is not None:
            r.scores[FEATURE] = value
