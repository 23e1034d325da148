"""HI1xx names & entities: name parts translated as words, inconsistent and off-reference spellings.

A foreign name in Hindi is a run of transliterated syllables (किम जोंग उन, चोए सोन-हुई). When
MT reads one syllable as an English word, an ordinary Hindi word lands inside that run
(किम जोंग संयुक्त राष्ट्र, चोए बेटे हुई). The lexicon ``audit/data/name_parts.toml`` lists such
name parts; a gazetteer of foreign name syllables decides whether a word sits inside a name.

HI103 (a name spelled differently from ``--reference-corpus``, :class:`ReferenceCorpus`) is in
:mod:`audit.rules.names_reference`; it shares this module's lexicon, tokens and phonetic keys.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.core.data import data_path
from audit.core.model import Finding, Segment
from audit.core.text import LETTER_WORD_RE, nfc_view
from audit.lang.frequency import zipf_hi
from audit.lang.phonetic import norm, skeleton, spelling_key  # noqa: F401  (the name rules import them from here)
from audit.lang.segment_words import Unit, segment_words
from audit.rules.registry import CheckContext, make_finding, register

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_FILE = data_path("name_parts.toml")

# Devanagari letters and signs, without danda, digits and the abbreviation sign.
WORD_RE = LETTER_WORD_RE
COMMON_ZIPF = 4.5  # a gazetteer token this frequent in Hindi is also an ordinary word
RARE_ZIPF = 2.0  # below this a token is treated as a possible (foreign) name
CLOSING = {"ने"}  # the agent marker closes a name; object/genitive markers don't (Trump + UN + को)


@lru_cache(maxsize=65536)
# --------------------------------------------------------------------------- lexicon


@dataclass(frozen=True)
class NamePart:
    english: str
    transliterations: tuple[str, ...]
    wrong: tuple[tuple[str, ...], ...]  # each wrong form as a tuple of normalised tokens
    gloss: str
    incorrect: str
    correct: str


@dataclass(frozen=True)
class NameLexicon:
    parts: tuple[NamePart, ...]
    gazetteer: frozenset[str]
    titles: frozenset[str]
    wrong_index: dict[str, list[tuple[tuple[str, ...], NamePart]]]  # first token -> forms
    weak: frozenset[str] = frozenset()  # gazetteer entries that are also ordinary Hindi words

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> NameLexicon:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        gaz: set[str] = set()
        for words in data.get("gazetteer", {}).values():
            gaz.update(norm(w) for w in words)
        weak = frozenset(norm(w) for w in data.get("gazetteer_weak", {}).get("words", []))
        gaz.update(weak)
        parts = []
        index: dict[str, list[tuple[tuple[str, ...], NamePart]]] = defaultdict(list)
        for raw in data.get("part", []):
            wrong = tuple(tuple(norm(t) for t in w.split()) for w in raw["wrong"])
            part = NamePart(
                english=raw["english"],
                transliterations=tuple(raw["transliterations"]),
                wrong=wrong,
                gloss=raw.get("gloss", ""),
                incorrect=raw["incorrect"],
                correct=raw["correct"],
            )
            parts.append(part)
            gaz.update(norm(t) for t in part.transliterations)
            for form in wrong:
                index[form[0]].append((form, part))
        for forms in index.values():
            forms.sort(key=lambda fp: -len(fp[0]))  # longest match first
        titles = frozenset(norm(t) for t in data.get("titles", {}).get("words", []))
        return cls(tuple(parts), frozenset(gaz), titles, dict(index), weak)


@lru_cache(maxsize=1)
def lexicon() -> NameLexicon:
    return NameLexicon.load()


# --------------------------------------------------------------------------- tokens


# The tokens: the shared per-segment word layer (audit.lang.segment_words) — its hyphen-joined
# units, re-exported here under the names the name rules import.


def units(text: str) -> tuple[Unit, ...]:
    """Hyphen-joined Devanagari word units of ``text`` (already NFC): the word layer's, read once
    per text for HI101, HI102, the name checks and the title rules."""
    return segment_words(text).units


def unit_keys(text: str) -> frozenset[str]:
    """The keys of the units of ``text`` (NFC): a rule's pre-test that the segment holds a word
    of its tables at all, one set operation."""
    return segment_words(text).key_set


def next_unit(us: Sequence[Unit], i: int) -> Unit | None:
    """The unit after ``us[i]`` when only whitespace separates them (the same phrase), else None."""
    return us[i + 1] if i + 1 < len(us) and us[i + 1].joined_before else None


#: the flaps ड़/ढ़ are letters of Hindi's own words, not the nukta of a loan: a key (which drops
#: every nukta) is looked up in wordfreq with them put back, after a vowel sign or a letter
_FLAP_RE = re.compile("(?<=[\u0905-\u094c])([\u0921\u0922])(?!\u094d)")


@lru_cache(maxsize=200_000)
def key_zipf(key: str) -> float:
    """Zipf frequency in Hindi of the word a unit key stands for. :func:`norm` drops the nukta, so
    the key of अल्मोड़ा (4.4) or बाड़ (3.3) is a word wordfreq does not know (0.0) and read as a
    foreign name; a non-initial ड/ढ not in a conjunct is read as the flap too, the larger wins."""
    z = zipf_hi(key)
    if "\u0921" in key or "\u0922" in key:
        flapped = _FLAP_RE.sub(lambda m: m.group(1) + "\u093c", key)
        if flapped != key:
            z = max(z, zipf_hi(flapped))
    return z


def in_gazetteer(unit: Unit) -> bool:
    gaz = lexicon().gazetteer
    return unit.key in gaz or any(p in gaz for p in unit.parts)


def strong_name(unit: Unit) -> bool:
    """A gazetteer syllable that is not also a common Hindi word (or a hyphenated name unit)."""
    if len(unit.parts) > 1:
        return in_gazetteer(unit)
    return _strong_key(unit.key)


@lru_cache(maxsize=65536)  # asked for every unit of every document (HI101, HI102)
def _strong_key(key: str) -> bool:
    lex = lexicon()
    return key in lex.gazetteer and key not in lex.weak and zipf_hi(key) < COMMON_ZIPF


def name_like(unit: Unit) -> bool:
    """Gazetteer syllable (even a common-word one) or a word unknown to Hindi frequency lists."""
    return in_gazetteer(unit) or (len(unit.key) >= 3 and zipf_hi(unit.parts[0]) == 0.0)


def is_title(unit: Unit) -> bool:
    return unit.key in lexicon().titles


# --------------------------------------------------------------------------- HI101


@dataclass
class NameCalque:
    start: int  # unit index of the wrong form
    end: int  # exclusive
    part: NamePart
    name_start: int  # unit indices of the whole name run
    name_end: int


@lru_cache(maxsize=1)
def _wrong_firsts() -> frozenset[str]:
    """The first words of the lexicon's wrong forms."""
    return frozenset(lexicon().wrong_index)


def _match_form(us: Sequence[Unit], i: int) -> tuple[tuple[str, ...], NamePart] | None:
    for form, part in lexicon().wrong_index.get(us[i].key, []):
        n = len(form)
        if i + n > len(us):
            continue
        if all(us[i + k].key == form[k] for k in range(n)) and all(
            us[i + k].joined_before for k in range(1, n)
        ):
            return form, part
    return None


def _left(us: Sequence[Unit], i: int, k: int) -> Unit | None:
    """The k-th unit left of unit ``i`` if only whitespace separates them."""
    idx = i - k
    if idx < 0 or not all(us[m].joined_before for m in range(idx + 1, i + 1)):
        return None
    return us[idx]


def _right(us: Sequence[Unit], j: int, k: int) -> Unit | None:
    """The k-th unit from ``j`` on (``j`` itself for k=1) if only whitespace separates them."""
    idx = j + k - 1
    if idx >= len(us) or not all(us[m].joined_before for m in range(j, idx + 1)):
        return None
    return us[idx]


def find_name_calques(text: str) -> list[NameCalque]:
    """Wrong-word name parts inside name runs of ``text`` (NFC), as unit index ranges."""
    if _wrong_firsts().isdisjoint(unit_keys(text)):
        return []  # no word opens a listed wrong form: most segments
    us = units(text)
    found: list[NameCalque] = []
    i = 0
    while i < len(us):
        hit = _match_form(us, i)
        if hit is None:
            i += 1
            continue
        form, part = hit
        j = i + len(form)

        l1, l2, r1 = _left(us, i, 1), _left(us, i, 2), _right(us, j, 1)
        r1_closes = r1 is None or r1.key in CLOSING or name_like(r1)
        left_anchor = (
            l1 is not None
            and strong_name(l1)
            and ((l2 is not None and (name_like(l2) or is_title(l2))) or (r1 is not None and strong_name(r1)))
            and r1_closes
        )
        right_anchor = (
            r1 is not None
            and strong_name(r1)
            and (len(r1.parts) > 1 or (l1 is not None and (is_title(l1) or strong_name(l1))))
        )
        if left_anchor or right_anchor:
            ns = i
            while ns > 0 and us[ns].joined_before and name_like(us[ns - 1]) and not is_title(us[ns - 1]):
                ns -= 1
            ne = j
            while ne < len(us) and us[ne].joined_before and name_like(us[ne]) and not is_title(us[ne]):
                ne += 1
            found.append(NameCalque(i, j, part, ns, ne))
        i = j
    return found


@register(
    code="HI101",
    source_veto="name",
    name="name-part-translated",
    category="name-calque",
    severity="major",
    summary="A syllable of a foreign name was translated as an ordinary word (Kim Jong Un → किम जोंग संयुक्त राष्ट्र).",
    examples=[(p.incorrect, p.correct) for p in lexicon().parts],
)
def check_name_part_translated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Person names whose parts were translated as words.

    English names often contain syllables that are also English words: Kim Jong **Un** (read as
    UN), Choe **Son** Hui, **Moon** Jae-in, **Ban** Ki-moon, **Will** Smith. MT then puts the
    Hindi word for that English word inside the name: किम जोंग संयुक्त राष्ट्र, चोए बेटे हुई,
    चंद्रमा जे-इन. The check fires only when the word sits inside a run of transliterated name
    syllables (from a gazetteer of foreign names) or right after a title such as राष्ट्रपति,
    so ordinary uses — संयुक्त राष्ट्र महासचिव, उसका बेटा — are left alone.
    """
    view = nfc_view(segment.text)
    us = units(view.text)
    for hit in find_name_calques(view.text):
        s, e = view.span(us[hit.name_start].start, us[hit.name_end - 1].end)
        ws, we = view.span(us[hit.start].start, us[hit.end - 1].end)
        word = segment.text[ws:we]
        translit = hit.part.transliterations[0]
        name = view.text[us[hit.name_start].start : us[hit.name_end - 1].end]
        fixed = (
            name[: us[hit.start].start - us[hit.name_start].start]
            + translit
            + name[us[hit.end - 1].end - us[hit.name_start].start :]
        )
        yield make_finding(
            "HI101",
            segment.text,
            s,
            e,
            f"“{word}” inside the name “{segment.text[s:e]}” looks like the English name part "
            f"“{hit.part.english}” translated as a word ({hit.part.gloss}); names are transliterated, "
            f"not translated: write “{translit}”.",
            suggestion=fixed,
            english=hit.part.english,
            word=word,
            transliteration=translit,
        )


# --------------------------------------------------------------------------- HI102


@dataclass(frozen=True)
class NameMention:
    seg: int
    units: tuple[Unit, ...]
    offsets: tuple[int, int]  # into segment.text as written


def _name_runs(segment: Segment) -> list[NameMention]:
    """Runs of ≥3 whitespace-joined units that start with a strong name syllable."""
    view = nfc_view(segment.text)
    layer = segment_words(view.text)
    us = layer.units
    runs: list[NameMention] = []
    # a strong name is a hyphenated unit or a gazetteer word: the layer's indices of those
    starts = layer.at(_gazetteer_strong()) if not layer.hyphenated else range(len(us))
    for i in starts:
        if not strong_name(us[i]):
            continue
        j = i + 1
        while j < len(us) and us[j].joined_before and j - i < 4:
            j += 1
        if j - i >= 3:
            s, e = view.span(us[i].start, us[j - 1].end)
            runs.append(NameMention(segment.index, tuple(us[i:j]), (s, e)))
    return runs


@lru_cache(maxsize=1)
def _gazetteer_strong() -> frozenset[str]:
    """The gazetteer's words but the weak ones: a one-word unit is a strong name only if its key is one."""
    lex = lexicon()
    return lex.gazetteer - lex.weak


def _wrong_for(word: str, other: str) -> NamePart | None:
    """The name part for which ``word`` is a wrong rendering and ``other`` its transliteration."""
    for part in lexicon().parts:
        if any(len(f) == 1 and f[0] == word for f in part.wrong) and other in {
            norm(t) for t in part.transliterations
        }:
            return part
    return None


def _document_variants(ctx: CheckContext) -> dict[int, list[tuple[int, int, str, str, NamePart]]]:
    """Per segment index: (start, end, span, other spelling, name part) of inconsistent names."""
    key = "names.HI102"
    if key in ctx.cache:
        return ctx.cache[key]
    mentions = [m for seg in ctx.document if seg.lang == "hi" for m in _name_runs(seg)]
    by_frame: dict[tuple[str, str], list[NameMention]] = defaultdict(list)
    for m in mentions:
        a, _, c = m.units[0], m.units[1], m.units[2]
        by_frame[(a.key, c.key)].append(m)
    out: dict[int, list[tuple[int, int, str, str, NamePart]]] = defaultdict(list)
    for group in by_frame.values():
        middles = {m.units[1].key for m in group}
        if len(middles) < 2:
            continue
        for m in group:
            mid = m.units[1].key
            for other in middles - {mid}:
                part = _wrong_for(mid, other)
                if part is None:
                    continue
                seg = next(x for x in ctx.document if x.index == m.seg)
                view = nfc_view(seg.text)
                s, e = view.span(m.units[0].start, m.units[2].end)
                good = next(x for x in group if x.units[1].key == other)
                good_text = " ".join(u.surface for u in good.units[:3])
                out[m.seg].append((s, e, seg.text[s:e], good_text, part))
    ctx.cache[key] = out
    return out


@register(
    code="HI102",
    name="name-spelled-two-ways",
    category="name-calque",
    severity="major",
    summary="The same person's name is written two ways in one document, one with a translated part.",
    examples=[
        (
            "मंत्री चोए बेटे हुई ने बयान दिया। बाद में चोए सोन हुई ने पत्रकारों से बात की।",
            "मंत्री चोए सोन हुई ने बयान दिया। बाद में चोए सोन हुई ने पत्रकारों से बात की।",
        )
    ],
    scope="document",
)
def check_name_spelled_two_ways(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """One name, two spellings in the same document.

    When the document elsewhere writes the same name frame (same first and last syllable) with
    the transliteration of a name part (चोए सोन हुई), a mention that has the translated word in
    its place (चोए बेटे हुई) is flagged, with the other spelling as the suggestion.
    """
    if not ctx.document:
        return
    for s, e, span, good, part in _document_variants(ctx).get(segment.index, []):
        if segment.text[s:e] != span:
            continue
        yield make_finding(
            "HI102",
            segment.text,
            s,
            e,
            f"This name is written “{span}” here but “{good}” elsewhere in the document; "
            f"“{part.english}” seems to have been translated as a word ({part.gloss}).",
            suggestion=good,
            other_spelling=good,
            english=part.english,
        )
