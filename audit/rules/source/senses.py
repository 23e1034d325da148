"""HI513: an ambiguous English word of the source rendered in its other sense (chaired → कुर्सी),
from the sense inventory ``audit/data/source_senses.toml``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.data import data_text
from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.lang.bilingual import english as E
from audit.lang.bilingual.hindi import stem_key
from audit.lang.inflection import compile_pattern
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import dictionary

try:  # Python >= 3.11
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


@dataclass(frozen=True)
class SenseEntry:
    id: str
    word: str
    sense: str
    english: re.Pattern[str]
    unless: re.Pattern[str] | None
    wrong: re.Pattern[str]
    right: re.Pattern[str] | None
    correct: str
    example_src: str
    example_bad: str
    example_good: str
    example_lookalike: tuple[str, str] | None


SENSE_FIELDS = (
    "id",
    "word",
    "sense",
    "english",
    "wrong",
    "correct",
    "example_src",
    "example_bad",
    "example_good",
)
SENSE_OPTIONAL = ("unless", "right", "example_lookalike")


class SenseInventoryError(ValueError):
    pass


def parse_senses(text: str, source: str = "<senses>") -> tuple[SenseEntry, ...]:
    """Parse and validate a sense inventory (``[[sense]]`` tables)."""
    out = []
    seen: set[str] = set()
    for i, raw in enumerate(tomllib.loads(text).get("sense", [])):
        where = f"{source} entry {i + 1} ({raw.get('id', '?')})"
        missing = [k for k in SENSE_FIELDS if not str(raw.get(k, "")).strip()]
        unknown = set(raw) - set(SENSE_FIELDS) - set(SENSE_OPTIONAL)
        if missing or unknown:
            raise SenseInventoryError(f"{where}: missing {missing} / unknown {sorted(unknown)}")
        if raw["id"] in seen:
            raise SenseInventoryError(f"{where}: duplicate id")
        seen.add(raw["id"])
        try:
            entry = SenseEntry(
                id=raw["id"],
                word=raw["word"],
                sense=raw["sense"],
                english=re.compile(raw["english"], re.I),
                unless=re.compile(raw["unless"], re.I) if raw.get("unless") else None,
                wrong=compile_pattern(raw["wrong"]),
                right=compile_pattern(raw["right"]) if raw.get("right") else None,
                correct=raw["correct"],
                example_src=raw["example_src"],
                example_bad=unicodedata.normalize("NFC", raw["example_bad"]),
                example_good=unicodedata.normalize("NFC", raw["example_good"]),
                example_lookalike=tuple(raw["example_lookalike"]) if raw.get("example_lookalike") else None,
            )
        except (re.error, ValueError) as exc:
            raise SenseInventoryError(f"{where}: bad pattern: {exc}") from exc
        out.append(entry)
    return tuple(out)


@lru_cache(maxsize=1)
def senses() -> tuple[SenseEntry, ...]:
    text = data_text("source_senses.toml")
    return parse_senses(text, "audit/data/source_senses.toml")


_TOKEN_RE = re.compile(r"[A-Za-z]+")


def _cues(entry: SenseEntry) -> set[str]:
    """First three letters of each spelling in ``word`` ("laid off / lay off" → lai, lay)."""
    return {w.strip().lower()[:3] for w in entry.word.split("/") if w.strip()}


@lru_cache(maxsize=1)
def _by_cue() -> dict[str, tuple[SenseEntry, ...]]:
    out: dict[str, list[SenseEntry]] = {}
    for e in senses():
        for c in _cues(e):
            out.setdefault(c, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def _licensed_elsewhere(src: str, hindi: str, entry: SenseEntry, inside: tuple[int, int]) -> bool:
    """True when another content word of the source translates to ``hindi`` in the dictionary
    (*the party's birthday feast* → दावत): then the MT word may render that word, not the
    ambiguous one. The words of the selecting English (``inside``, its span) never license: they
    are what the calque renders word for word. Without the dictionary nothing is licensed."""
    d = dictionary()
    if d is None:
        return False
    keys = {stem_key(w) for w in hindi.split()}
    cues = _cues(entry)
    for ts, te, tok in E.tokens(src):
        if inside[0] <= ts and te <= inside[1] or tok.lower()[:3] in cues or not E.is_content(tok):
            continue
        for lemma in E.lemmas(tok):
            if any(len(g) == 1 and g[0] in keys for g in d.keys(lemma)):
                return True
    return False


@lru_cache(maxsize=4096)
def sense_findings(src: str, mt: str) -> tuple[tuple[int, int, SenseEntry, str], ...]:
    """(start, end, entry, English match) for every selected sense whose other-sense Hindi is in the MT."""
    by_cue = _by_cue()
    # a cheap first test: only entries whose word starts some source token (most have none)
    prefixes = {t.lower()[:3] for t in _TOKEN_RE.findall(src)}
    candidates = {e.id for p in prefixes for e in by_cue.get(p, ())}
    if not candidates:
        return ()
    view = nfc_view(mt)
    out = []
    taken: list[tuple[int, int]] = []
    for entry in senses():
        if entry.id not in candidates:
            continue
        m = entry.english.search(src)
        if m is None or (entry.unless is not None and entry.unless.search(src)):
            continue
        if entry.right is not None and entry.right.search(view.text):
            continue
        for w in entry.wrong.finditer(view.text):
            s, e = view.span(w.start(), w.end())
            if e > s and not any(s < te and ts < e for ts, te in taken):
                if _licensed_elsewhere(src, mt[s:e], entry, m.span()):
                    continue
                taken.append((s, e))
                out.append((s, e, entry, m.group()))
    return tuple(sorted(out, key=lambda x: x[0]))


@register(
    code="HI513",
    name="source-wrong-sense",
    category="sense",
    severity="major",
    summary="An ambiguous English word of the source rendered in its other sense (chaired → कुर्सी)",
    needs_source=True,
    examples=[
        ("राज्यपाल ने बाढ़ पर एक समीक्षा बैठक की कुर्सी संभाली।", "राज्यपाल ने बाढ़ पर एक समीक्षा बैठक की अध्यक्षता की।"),
    ],
)
def check_source_sense(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An ambiguous word of the source, in a context that selects one sense, rendered with the
    Hindi of another sense: *chaired the meeting* → कुर्सी, *minutes of the meeting* → मिनट, *a
    strike by workers* → प्रहार, *a tender for* → कोमल, *charges of fraud* → शुल्क, *a new poll*
    → खंभा. The inventory (``audit/data/source_senses.toml``) stores, per entry, the English
    word in its selecting contexts, the Hindi of the wrong sense, the Hindi of the right one
    (present → no finding) and tested examples, including a look-alike that uses the other
    sense correctly. With the dictionary, a wrong-sense word that another content word of the
    source translates to (*House … went home* → घर) is not reported.
    """
    for start, end, entry, english in sense_findings(segment.src or "", segment.text):
        span = segment.text[start:end]
        yield make_finding(
            "HI513",
            segment.text,
            start,
            end,
            f"ग़लत अर्थ: स्रोत में “{english}” ({entry.sense}) है; “{span}” “{entry.word}” का दूसरा अर्थ है, "
            f"यहाँ “{entry.correct}” होना चाहिए।",
            suggestion=entry.correct,
            english=english,
            entry=entry.id,
        )
