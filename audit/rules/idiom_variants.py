"""HI206 other orders and forms of a listed idiom calque.

Each HI201 entry of ``data/calques.toml`` is a regex for one word order with its listed
inflections. MT produces the same calque in other orders and tenses (बिल्लियों और कुत्तों की बारिश →
कुत्तों और बिल्लियों की बारिश होती रही). This rule turns every entry into a bag of its content
words — taken from the span the entry matches in its own ``example_bad`` — and, for
entries of three or more content words, flags a sentence where all of them occur within a word
or so of each other (two words between at most), in any order and any inflection, where
the entry's own pattern did not match. No data of its own: it generalises the lexicon.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang import resources as res
from audit.lang.segment_words import word_of
from audit.rules.idiom_dict import sentence_letter_words, sentence_tokens, tightest, token_keys
from audit.rules.idiom_patterns import STOP_HI, skiplist
from audit.rules.literal import CalqueEntry, cached_matches, load_lexicon
from audit.rules.names import spelling_key
from audit.rules.registry import CheckContext, make_finding, register

#: a content word this frequent carries no image of the idiom (नीचे, बात, दिन)
MAX_WORD_ZIPF = 5.6
WINDOW_EXTRA = 2
#: two words co-occur literally too often (गोली … काटकर, हरी बत्ती at a crossing): three or more
MIN_WORDS = 3


@dataclass(frozen=True)
class Bag:
    entry: CalqueEntry
    words: tuple[frozenset[str], ...]  # per content word: its keys (form, stems)


def _bag(entry: CalqueEntry) -> Bag | None:
    m = entry.regex.search(nfc_view(entry.example_bad).text)
    if m is None:
        return None
    span = m.group("span") if "span" in entry.regex.groupindex and m.group("span") else m.group()
    words = []
    for _s, _e, tok in next(iter(sentence_letter_words(span)), []):
        key = spelling_key(tok)
        if key in STOP_HI or res.zipf_hi(tok) >= MAX_WORD_ZIPF or len(key) < 2:
            continue
        words.append(frozenset(token_keys(tok)[:2]))  # the form and its first stem
    if len(words) < MIN_WORDS:
        return None
    return Bag(entry, tuple(dict.fromkeys(words)))


@lru_cache(maxsize=1)
def bags() -> tuple[Bag, ...]:
    skip = skiplist()
    out = []
    for e in load_lexicon():
        if e.code != "HI201" or f"lexicon:{e.id}" in skip:
            continue
        b = _bag(e)
        if b is not None and len(b.words) >= MIN_WORDS:
            out.append(b)
    return tuple(out)


@lru_cache(maxsize=1)
def _index() -> dict[str, list[tuple[int, int]]]:
    idx: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for bi, b in enumerate(bags()):
        for wi, keys in enumerate(b.words):
            for k in keys:
                idx[k].append((bi, wi))
    return dict(idx)


@res.vocabulary_memo("idiom-variant-hits")
def _token_hits(tok: str) -> tuple[tuple[int, int], ...]:
    """(bag, word) pairs a token can fill."""
    index = _index()
    return tuple(dict.fromkeys(hit for key in token_keys(tok) for hit in index.get(key, ())))


def find_variants(text: str) -> list[tuple[int, int, CalqueEntry]]:
    """(start, end, entry) of lexicon idioms in another order or form, in ``text`` (NFC)."""
    all_bags = bags()
    out: list[tuple[int, int, CalqueEntry]] = []
    for sent in sentence_tokens(text):
        token_hits = list(map(_token_hits, map(word_of, sent)))
        if not any(token_hits):
            continue  # (most sentences: no word of any idiom's bag)
        hits: dict[int, dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
        for ti, here in enumerate(token_hits):
            for bi, wi in here:
                if ti not in hits[bi][wi]:
                    hits[bi][wi].append(ti)
        for bi, slots in hits.items():
            b = all_bags[bi]
            win = tightest(slots, len(b.words)) if len(slots) == len(b.words) else None
            if win is None or win[1] - win[0] + 1 > len(b.words) + WINDOW_EXTRA:
                continue
            out.append((sent[win[0]][0], sent[win[1]][1], b.entry))
    return out


@register(
    code="HI206",
    source_veto="expression",
    name="idiom-calque-variant",
    category="literal",
    severity="minor",
    summary="A listed idiom calque in another word order or form (कुत्तों और बिल्लियों की बारिश).",
    examples=[
        ("कल दिन भर कुत्तों और बिल्लियों की बारिश होती रही।", "कल दिन भर मूसलाधार बारिश होती रही।"),
    ],
)
def check_idiom_calque_variant(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A calque from the HI201 lexicon, in an order or form its pattern does not list.

    Every HI201 entry yields the content words of the calque it matches in its own incorrect
    example (*raining cats and dogs*: बिल्लियों, कुत्तों, बारिश). When all of them occur in one sentence within a few
    words of each other (two words between at most), in any order and inflection, and the entry's own pattern did not match
    there, the sentence is flagged with the entry's English and correct Hindi. Entries whose
    words co-occur in clean Hindi are switched off in ``data/idiom_dict_skip.txt``
    (``lexicon:<id>``).
    """
    view = nfc_view(segment.text)
    found = find_variants(view.text)
    exact = [(m.start, m.end) for m in cached_matches(segment.text)] if found else []
    for start, end, entry in found:
        s, e = view.span(start, end)
        if any(s < me and ms < e for ms, me in exact):
            continue  # HI201 already reports this stretch
        yield make_finding(
            "HI206",
            segment.text,
            s,
            e,
            entry.render_message(),
            suggestion=entry.correct,
            english=entry.english,
            entry=entry.id,
        )
