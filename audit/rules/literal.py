"""HI2xx literal translations and calques: English idioms, titles and structures rendered word for word.

The knowledge lives in ``audit/data/calques.toml`` (one ``[[calque]]`` table per entry; format in
``docs/rules/literal.md``). Each entry is a regex over NFC Devanagari written with a small macro
language, so one entry covers every inflection of the calque:

* ``{दे}``, ``{कर}``, ``{लगा|दे}`` … — all forms of the verb(s) (दी, दिया, दिए, देना, देंगे, देकर …);
  irregular verbs (दे, ले, कर, हो, जा, आ) come from a table, other stems are inflected regularly;
* ``{A:ठंडा}`` — adjective forms (ठंडा|ठंडे|ठंडी); ``{N:मुनि}`` — noun forms (मुनि|मुनियों …);
* ``{GAP:2}`` — up to two intervening words (never across punctuation);
* a space matches any run of spaces; ं and ँ match each other; a nukta is optional after the
  consonants that take one (ज़/ज, ड़/ड …), so spelling variants need no extra entries;
* ``(?P<span>…)`` marks the part to report when the pattern also needs context around it.

Matches never start or end inside a word. ``unless`` (a regex searched in the whole segment)
suppresses an entry where a legitimate use is likely; ``requires`` demands some context.
Overlapping matches are resolved once per segment, longest first, so each stretch of text is
reported by one entry only.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.core.data import data_path, data_toml
from audit.core.model import Finding, Segment
from audit.core.precompiled import Compile, precompiled
from audit.core.text import nfc_view
from audit.lang.inflection import (
    compile_context,
    compile_pattern,
)
from audit.rules.anchors import AnchorIndex, derived_index
from audit.rules.registry import CheckContext, make_finding, register

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_FILE = data_path("calques.toml")

CODES: dict[str, str] = {
    "HI201": "literal-idiom",
    "HI202": "title-calque",
    "HI203": "wrong-sense",
    "HI204": "calqued-structure",
}
CATEGORIES = ("literal", "title-calque", "sense")
SEVERITIES = ("minor", "major", "critical")
REQUIRED = (
    "id",
    "code",
    "english",
    "pattern",
    "correct",
    "severity",
    "category",
    "example_bad",
    "example_good",
)
OPTIONAL = ("message", "unless", "requires", "note")


DEFAULT_MESSAGES = {
    "literal": "शब्दशः अनुवाद: अंग्रेज़ी “{english}” को शब्द-दर-शब्द उतारा गया लगता है; "
    "हिंदी में आम तौर पर “{correct}” लिखा जाता है।",
    "title-calque": "पदनाम/संस्था का शब्दशः अनुवाद: अंग्रेज़ी “{english}” के लिए हिंदी में “{correct}” प्रचलित है।",
    "sense": "ग़लत अर्थ: अंग्रेज़ी “{english}” का यहाँ कोई दूसरा अर्थ ले लिया गया है; यहाँ “{correct}” होना चाहिए।",
}

# ---------------------------------------------------------------------------------------------
# lexicon


@dataclass(frozen=True)
class CalqueEntry:
    id: str
    code: str
    english: str
    pattern: str
    correct: str
    severity: str
    category: str
    message: str
    example_bad: str
    example_good: str
    unless: str | None
    requires: str | None
    regex: re.Pattern[str]
    unless_re: re.Pattern[str] | None
    requires_re: re.Pattern[str] | None

    def render_message(self) -> str:
        return self.message.format(english=self.english, correct=self.correct)


class LexiconError(ValueError):
    """A calque entry is malformed (missing field, bad regex, unknown code …)."""


def _entry(raw: dict, where: str, compile: Compile = re.compile) -> CalqueEntry:
    missing = [k for k in REQUIRED if not str(raw.get(k, "")).strip()]
    if missing:
        raise LexiconError(f"{where}: missing {', '.join(missing)}")
    unknown = set(raw) - set(REQUIRED) - set(OPTIONAL)
    if unknown:
        raise LexiconError(f"{where}: unknown field(s) {', '.join(sorted(unknown))}")
    if raw["code"] not in CODES:
        raise LexiconError(f"{where}: code {raw['code']} is not one of {', '.join(CODES)}")
    if raw["category"] not in CATEGORIES:
        raise LexiconError(f"{where}: category {raw['category']!r} not in {CATEGORIES}")
    if raw["severity"] not in SEVERITIES:
        raise LexiconError(f"{where}: severity {raw['severity']!r} not in {SEVERITIES}")
    try:
        regex = compile_pattern(raw["pattern"], compile)
        unless_re = compile_context(raw["unless"], compile) if raw.get("unless") else None
        requires_re = compile_context(raw["requires"], compile) if raw.get("requires") else None
    except (re.error, ValueError) as exc:
        raise LexiconError(f"{where}: bad pattern: {exc}") from exc
    message = raw.get("message") or DEFAULT_MESSAGES[raw["category"]]
    return CalqueEntry(
        id=raw["id"],
        code=raw["code"],
        english=raw["english"],
        pattern=raw["pattern"],
        correct=raw["correct"],
        severity=raw["severity"],
        category=raw["category"],
        message=message,
        example_bad=unicodedata.normalize("NFC", raw["example_bad"]),
        example_good=unicodedata.normalize("NFC", raw["example_good"]),
        unless=raw.get("unless"),
        requires=raw.get("requires"),
        regex=regex,
        unless_re=unless_re,
        requires_re=requires_re,
    )


def parse_lexicon(
    text: str, source: str = "<calques>", compile: Compile = re.compile, data: dict | None = None
) -> tuple[CalqueEntry, ...]:
    """Parse and validate lexicon TOML text (``[[calque]]`` tables); ``compile`` compiles the
    regexes (``re.compile``, or the packaged lexicon's :func:`precompiled` table); ``data``: the
    text already parsed (the packaged lexicon's, :func:`audit.core.data.data_toml`)."""
    if data is None:
        data = tomllib.loads(text)
    entries: list[CalqueEntry] = []
    seen: set[str] = set()
    for i, raw in enumerate(data.get("calque", [])):
        where = f"{source} entry {i + 1} ({raw.get('id', '?')})"
        entry = _entry(raw, where, compile)
        if entry.id in seen:
            raise LexiconError(f"{where}: duplicate id {entry.id}")
        seen.add(entry.id)
        entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=1)
def load_lexicon(path: str | None = None) -> tuple[CalqueEntry, ...]:
    """The calque lexicon, parsed and compiled once (the packaged one's regexes from a
    :func:`precompiled` table: their code generated once per machine)."""
    p = Path(path) if path else DATA_FILE
    if path:
        return parse_lexicon(p.read_text(encoding="utf-8"), str(p))
    data = data_toml(DATA_FILE.name)  # (parsed once per machine)
    return precompiled("calques", lambda compile: parse_lexicon("", str(p), compile, data))


# ---------------------------------------------------------------------------------------------
# matching


@dataclass(frozen=True)
class CalqueMatch:
    entry: CalqueEntry
    start: int  # offsets into the text as written
    end: int


# Words in nearly every Hindi sentence: a poor anchor when an entry has a rarer literal.
COMMON_WORDS = frozenset("में मेँ से पर पऱ के की का को ने है हैं और औऱ लिए एक भी ही कि".split())


def _span_bounds(m: re.Match[str]) -> tuple[int, int]:
    if "span" in m.re.groupindex and m.group("span") is not None:
        return m.start("span"), m.end("span")
    return m.start(), m.end()


@lru_cache(maxsize=1)
def _lexicon_index() -> AnchorIndex[CalqueEntry]:
    """The packaged lexicon keyed by its patterns' literal anchors (built once per process)."""
    lexicon = load_lexicon()
    return derived_index("calque-anchors", lexicon, [e.regex for e in lexicon], COMMON_WORDS)


def match_text(
    text: str, entries: Iterable[CalqueEntry] | None = None, src: str | None = None
) -> list[CalqueMatch]:
    """All non-overlapping calque matches in ``text`` (offsets index ``text`` as written).

    With the packaged lexicon (``entries`` None) only the entries whose literal anchors occur
    in the text are tried (:mod:`audit.rules.anchors`); the result is the same as trying all.
    With the English ``src``, an entry whose ``english`` occurs in it is *licensed by the
    source*: it fires without the Hindi context its ``requires`` asks for (that context only
    stands in for the English the source now shows).
    """
    view = nfc_view(text)
    norm = view.text
    candidates: list[tuple[int, int, int, CalqueEntry]] = []
    if entries is None:
        index = _lexicon_index()
        todo = [(i, index.items[i]) for i in index.candidate_indices(norm)]
    else:
        todo = list(enumerate(entries))
    for order, entry in todo:
        if (
            entry.requires_re is not None
            and not entry.requires_re.search(norm)
            and not (src and english_in_source(entry.english, src))
        ):
            continue
        if entry.unless_re is not None and entry.unless_re.search(norm):
            continue
        for m in entry.regex.finditer(norm):
            s, e = _span_bounds(m)
            if e > s:
                candidates.append((s, e, order, entry))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[2], c[0]))
    taken: list[tuple[int, int]] = []
    out: list[CalqueMatch] = []
    for s, e, _, entry in candidates:
        if any(s < te and ts < e for ts, te in taken):
            continue
        taken.append((s, e))
        start, end = view.span(s, e)
        out.append(CalqueMatch(entry, start, end))
    out.sort(key=lambda m: (m.start, m.end))
    return out


@lru_cache(maxsize=4096)
def cached_matches(text: str, src: str | None = None) -> tuple[CalqueMatch, ...]:
    return tuple(match_text(text, src=src))


def english_phrases(english: str) -> tuple[str, ...]:
    """The English expressions an entry's ``english`` field names: notes in parentheses and
    ", rendered as …" dropped, one-word slash alternatives completed from the longest one
    ("warm welcome / reception" → warm welcome, warm reception; "Democratic / Republican
    Party" → democratic party, republican party)."""
    outside = re.split(r",?\s+rendered\b|\s+\(read as\b", english)[0]
    outside = re.sub(r"\([^)]*\)", " ", outside)
    alts = [" ".join(a.split()).strip(" ,") for a in outside.split("/") if a.strip(" ,")]
    if not alts:
        return ()
    longest = max(alts, key=lambda a: len(a.split())).split()
    out = []
    for i, alt in enumerate(alts):
        if len(alt.split()) == 1 and len(longest) > 1:
            alt = " ".join([alt] + longest[1:]) if i == 0 else " ".join(longest[:-1] + [alt])
        out.append(alt)
    return tuple(p.lower() for p in out if p)


@lru_cache(maxsize=16384)
def english_in_source(english: str, src: str) -> bool:
    """Whether one of the entry's English expressions of two or more words occurs in ``src``
    (any inflection)."""
    from audit.lang.bilingual.english import tokens
    from audit.lang.bilingual.idioms import token_matches

    toks = [t for _, _, t in tokens(src)]
    for phrase in english_phrases(english):
        words = phrase.replace("-", " ").split()
        # one word is too ambiguous to stand for the context ((prison) sentence)
        if len(words) < 2 or not all(re.fullmatch(r"[a-z'’]+", w) for w in words):
            continue
        for i in range(len(toks) - len(words) + 1):
            if all(token_matches(w, toks[i + k]) for k, w in enumerate(words)):
                return True
    return False


def findings_for(code: str, segment: Segment) -> Iterator[Finding]:
    """Findings of rule ``code`` in one segment."""
    for m in cached_matches(segment.text, segment.src or None):
        if m.entry.code != code:
            continue
        e = m.entry
        yield make_finding(
            code,
            segment.text,
            m.start,
            m.end,
            e.render_message(),
            suggestion=e.correct,
            severity=e.severity,
            category=e.category,
            entry=e.id,
            english=e.english,
        )


def _severities(code: str) -> tuple[str, ...]:
    """Every severity the lexicon gives this code's entries (an entry sets its own)."""
    try:
        return tuple(sorted({e.severity for e in load_lexicon() if e.code == code}))
    except (OSError, LexiconError):  # pragma: no cover - surfaced by the lexicon tests
        return ()


def _examples(code: str, k: int = 3) -> list[tuple[str, str]]:
    try:
        return [(e.example_bad, e.example_good) for e in load_lexicon() if e.code == code][:k]
    except (OSError, LexiconError):  # pragma: no cover - surfaced by the lexicon tests
        return []


# ---------------------------------------------------------------------------------------------
# rules


@register(
    code="HI201",
    source_veto="expression",
    name="literal-idiom",
    category="literal",
    severity="major",
    summary="English idiom or collocation translated word for word (स्याही दी, माउंट किया, गर्म स्वागत)",
    examples=_examples("HI201"),
    severities=_severities("HI201"),
)
def check_literal_idiom(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Literal idiom (HI201).

    English news idioms and verb–noun collocations rendered word for word: *inked a deal* →
    स्याही दी, *mounted an offensive* → माउंट किया, *warm welcome* → गर्म स्वागत, *on the
    sidelines of* → के किनारे पर, *open fire* → आग खोली. The Hindi is grammatical but does not
    mean what the English meant. Entries of ``audit/data/calques.toml`` with code HI201; the
    finding's suggestion is the usual Hindi rendering.
    """
    return findings_for("HI201", segment)


@register(
    code="HI202",
    source_veto="title",
    name="title-calque",
    category="title-calque",
    severity="major",
    summary="Title or institution translated word for word (राज्य सचिव, राज्य मीडिया, सफेद घर)",
    examples=_examples("HI202"),
    severities=_severities("HI202"),
)
def check_title_calque(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Title calque (HI202).

    Official titles, bodies and named institutions translated piece by piece: *Secretary of
    State* → राज्य सचिव (for विदेश मंत्री), *state media* → राज्य मीडिया (for सरकारी मीडिया),
    *Secretary-General* → सचिव जनरल (for महासचिव), *White House* → सफेद घर. Entries with code
    HI202; legitimate Indian uses (a party's राज्य सचिव, राज्य मीडिया प्रभारी) are excluded by
    each entry's ``unless`` context.
    """
    return findings_for("HI202", segment)


@register(
    code="HI203",
    source_veto="word",
    name="wrong-sense",
    category="sense",
    severity="major",
    summary="A real Hindi word for the wrong sense of the English word (मुनियों for munitions)",
    examples=_examples("HI203"),
    severities=_severities("HI203"),
)
def check_wrong_sense(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Wrong sense (HI203).

    The MT picked a Hindi word for another sense (or a look-alike) of the English word:
    *munitions* → मुनियों ("sages"), *cabinet* → अलमारी, *power vacuum* → बिजली निर्वात, *nuclear
    plant* → परमाणु पौधे, *West Bank* → पश्चिमी बैंक, *greeted* → बधाई दी ("congratulated").
    Because the Hindi word is legitimate elsewhere, every entry is tied to context: a pattern
    that includes the disambiguating neighbour, or ``requires``/``unless`` context (बधाई दी fires
    only beside a meeting and without a reason for congratulating).
    """
    return findings_for("HI203", segment)


@register(
    code="HI204",
    source_veto="expression",
    name="calqued-structure",
    category="literal",
    severity="minor",
    summary="English sentence structure copied into Hindi (दूसरे बाएं, दिखाने के लिए दिखाई दी)",
    examples=_examples("HI204"),
    severities=_severities("HI204"),
)
def check_calqued_structure(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Calqued structure (HI204).

    English grammar carried over word by word: photo-caption positions (*second left* → दूसरे
    बाएं instead of बाएं से दूसरे), *sought to position* → स्थान देने की मांग की, *appeared to
    show* → दिखाने के लिए दिखाई दी, *has yet to comment* → अभी तक टिप्पणी करनी है, *set to* →
    होने के लिए सेट है. Entries with code HI204.
    """
    return findings_for("HI204", segment)
