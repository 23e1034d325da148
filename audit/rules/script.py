"""HI4xx — script and orthography: the family's thresholds and shared token helpers, and the
rules for Latin leftovers, mixed digit systems, broken vowel signs and transliterated caption
positions (HI403–HI406). Transliterated English (HI401/HI407) is in
:mod:`audit.rules.script_translit`, glued words (HI402) in :mod:`audit.rules.script_glue`.

Every rule works on the NFC view of the segment and maps offsets back to the text as written.
Lexical evidence comes from :mod:`audit.resources` (wordfreq, phonetic keys) and the data files
``audit/data/script_*.tsv|toml``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from audit.core.data import data_text
from audit.core.model import Finding, Segment
from audit.core.text import (
    DEVANAGARI_ALNUM,
    DEVANAGARI_LETTERS,
    JOINERS,
    LATIN_WORD_RE,
    NUKTA,
    WORD_RUN_RE,
    nfc_view,
    words,
)
from audit.lang import resources as res
from audit.lang.segment_words import segment_words
from audit.rules.registry import CheckContext, make_finding, register

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

# ----------------------------------------------------------------------------- thresholds
# The defaults of the rules' settings (``config=`` of HI401/HI407, HI402, HI403): a user's
# ``[tool.audit.rules.CODE]`` overrides them for that rule; the rule pages show them.

#: HI401: a transliteration is "rare in Hindi" below this Zipf (wordfreq's Hindi list stops
#: near 1.0; established loanwords such as कंप्यूटर sit at 4–5).
TRANSLIT_MAX_ZIPF_HI = 1.0
#: HI401: the English look-alike must be an ordinary, reasonably common English word.
TRANSLIT_MIN_ZIPF_EN = 3.0
#: HI401: minimum spelling similarity between a romanisation and the English word.
TRANSLIT_MIN_SIMILARITY = 0.75
#: HI401: the same for a word made of two Hindi-known English loans (सर्विस + मैन).
TRANSLIT_MIN_SIMILARITY_GLUED = 0.65
#: HI402: two content words glued together must both be this frequent in Hindi.
GLUE_MIN_PART_ZIPF = 3.5
#: HI402: a content word glued to a function word must be this frequent.
GLUE_MIN_CONTENT_ZIPF = 3.0
#: HI403: an English word left in Latin script is flagged when this common.
LATIN_MIN_ZIPF_EN = 3.0

#: HI401/HI402: a "word" longer than this is not a word (the longest Hindi compounds are
#: about 25 characters); it is skipped so that splitting and look-alike search stay bounded
#: (a 16,000-character run took a minute before). HI405 still reports broken signs in it.
MAX_WORD_CHARS = 48

#: Endings stripped (suffix → replacement) to find the stem a word is known under: Hindi
#: plural/oblique endings (कंटेनरों → कंटेनर, गलियाँ → गली), the adjective ending -ीय
#: (ध्रुवीय → ध्रुव) and an English plural kept in Devanagari (क्रिस्टल्स → क्रिस्टल).
_INFLECTIONS: tuple[tuple[str, str], ...] = (
    ("ियाँ", "ी"),
    ("ियां", "ी"),
    ("ियों", "ी"),
    ("ाओं", "ा"),
    ("ाएं", "ा"),
    ("ाएँ", "ा"),
    ("ों", ""),
    ("ओं", ""),
    ("ें", ""),
    ("एं", ""),
    ("ीय", ""),
    ("्स", ""),
    ("्स", "्"),
    ("स", ""),
)
# The same, grouped by last character (in their order) so a word only tries endings it can have.
_INFLECTIONS_BY_LAST: dict[str, tuple[tuple[str, str], ...]] = {
    last: tuple(pair for pair in _INFLECTIONS if pair[0][-1] == last)
    for last in {s[-1] for s, _ in _INFLECTIONS}
}
_INVISIBLE = dict.fromkeys(map(ord, "\u200c\u200d"), None)
_NUKTA_FREE = dict.fromkeys(map(ord, NUKTA), None)


@lru_cache(maxsize=1)
def loanwords() -> frozenset[str]:
    """Established English loanwords written in Devanagari (``data/script_loanwords.tsv``)."""
    text = data_text("script_loanwords.tsv")
    out = set()
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            out.add(line.split("\t")[0].strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def caption_positions() -> tuple[dict[str, str], ...]:
    """Caption position words (``data/script_caption_positions.toml``) with their fixes."""
    text = data_text("script_caption_positions.toml")
    return tuple(tomllib.loads(text)["position"])


@lru_cache(maxsize=50_000)
def word_stems(word: str) -> tuple[str, ...]:
    """The word, its spelling without ZWJ/ZWNJ and nukta, and its stems (see ``_INFLECTIONS``)."""
    base = word.translate(_INVISIBLE)
    forms = list(dict.fromkeys((word, base, base.translate(_NUKTA_FREE))))
    out = list(forms)
    for f in forms:
        for suf, rep in _INFLECTIONS_BY_LAST.get(f[-1:], ()):
            if f.endswith(suf) and len(f) - len(suf) >= 2:
                out.append(f[: -len(suf)] + rep)
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=100_000)  # asked for every word by HI401, HI402 and HI408
def max_stem_zipf(word: str) -> float:
    """Highest Hindi Zipf frequency over the word and its stems (plural/oblique endings off)."""
    return max(res.zipf_hi(s) for s in word_stems(word))


def stem_zipf_above(word: str, limit: float) -> bool:
    """``max_stem_zipf(word) > limit``, answered from the word's own frequency when that is above
    ``limit`` (the word is one of its stems): an ordinary word's stems are never looked up."""
    return res.zipf_hi(word) > limit or max_stem_zipf(word) > limit


def is_loanword(word: str) -> bool:
    lw = loanwords()
    return any(s in lw for s in word_stems(word))


def hindi_tokens(text: str) -> Iterator[tuple[int, int, str]]:
    """Devanagari words of an NFC text, without a trailing danda."""
    return iter(_hindi_token_tuple(text))


#: a danda with a word character right after it: only there do the Devanagari runs without their
#: trailing dandas differ from the words of the segment's word layer (क।ख is one run)
_DANDA_BEFORE_WORD = re.compile(f"[।॥][{DEVANAGARI_ALNUM}{JOINERS}]")


@lru_cache(maxsize=4096)
def _hindi_token_tuple(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`hindi_tokens` computed once per text (HI401, HI402 and HI407 all walk them): the
    segment's words (:func:`audit.lang.segment_words.segment_words`, read once for every rule),
    unless a danda stands before a word character."""
    if not _DANDA_BEFORE_WORD.search(text):
        return segment_words(text).words
    out = []
    for s, _e, w in words(text):
        w2 = w.rstrip("।॥")
        if w2:
            out.append((s, s + len(w2), w2))
    return tuple(out)


# ----------------------------------------------------------------------------- HI403

_PAREN_RE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_DEVANAGARI_LETTER = re.compile(f"[{DEVANAGARI_LETTERS}]")
_ASCII_LETTER = re.compile("[A-Za-z]")


@register(
    code="HI403",
    name="latin-leftover",
    category="untranslated",
    severity="minor",
    summary="An ordinary English word left in Latin script inside Hindi text.",
    examples=[
        (
            "सरकार ने इस योजना के लिए नया budget तय किया है।",
            "सरकार ने इस योजना के लिए नया बजट तय किया है।",
        ),
    ],
    config={"min_zipf_en": LATIN_MIN_ZIPF_EN},
)
def check_latin_leftover(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Latin-script leftover (HI403).

    An ordinary English word in Latin letters in the middle of a Hindi sentence was usually
    left untranslated by the MT system. Flagged only when the segment is mostly Devanagari,
    the word is lower-case (so names, acronyms and brands — AP, KCNA, iPhone, Reuters — stay
    silent), is a dictionary word with English Zipf ≥ {min_zipf_en} and three letters or more, has
    Hindi text on both sides, and is not inside parentheses or brackets (where Hindi
    writers put English glosses on purpose).
    Fix: translate it, or transliterate it if it is an established loanword.
    """
    min_zipf_en = ctx.config("HI403")["min_zipf_en"]
    view = nfc_view(segment.text)
    text = view.text
    latin = len(_ASCII_LETTER.findall(text))
    if not latin:
        return  # no Latin word (most Hindi segments): nothing to count the script of
    dev = len(_DEVANAGARI_LETTER.findall(text))
    if dev == 0 or latin > dev:
        return
    inside = [(m.start(), m.end()) for m in _PAREN_RE.finditer(text)]
    ordinary = ordinary_english_words()
    for m in LATIN_WORD_RE.finditer(text):
        w = m.group().strip("'’-")
        if len(w) < 3 or not w.islower() or w not in ordinary:
            continue
        if any(a <= m.start() < b for a, b in inside):
            continue
        if not (_DEVANAGARI_LETTER.search(text, 0, m.start()) and _DEVANAGARI_LETTER.search(text, m.end())):
            continue  # only inside a Hindi sentence, not a leading label or trailing note
        if res.zipf_en(w) < min_zipf_en:
            continue
        os, oe = view.span(m.start(), m.start() + len(w))
        yield make_finding(
            "HI403",
            segment.text,
            os,
            oe,
            f"The English word “{w}” is left in Latin script in a Hindi sentence; translate it.",
            english=w,
            zipf_en=res.zipf_en(w),
        )


@lru_cache(maxsize=1)
def ordinary_english_words() -> frozenset[str]:
    return frozenset(res.english_vocabulary())


# ----------------------------------------------------------------------------- HI404

_NUMBER_RE = re.compile(r"[0-9०-९]+(?:[.,:/][0-9०-९]+)*")


@register(
    code="HI404",
    name="mixed-digits",
    category="orthography",
    severity="minor",
    summary="Devanagari and ASCII digits mixed in one segment.",
    examples=[
        (
            "बैठक १२ जुलाई को हुई और 15 देशों ने भाग लिया।",
            "बैठक 12 जुलाई को हुई और 15 देशों ने भाग लिया।",
        ),
    ],
)
def check_mixed_digits(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Mixed digit systems (HI404).

    Hindi text may use Devanagari digits (१२) or international digits (12), but one text
    should use one system. When a segment has numbers in both, the numbers in the minority
    system are flagged (on a tie, the Devanagari ones), as are numbers that mix both systems
    inside one number (1२). Fix: write every number in the dominant system.
    """
    view = nfc_view(segment.text)
    nums = []
    for m in _NUMBER_RE.finditer(view.text):
        tok = m.group()
        has_dev = any("०" <= c <= "९" for c in tok)
        has_asc = any("0" <= c <= "9" for c in tok)
        nums.append(
            (m.start(), m.end(), tok, "mixed" if has_dev and has_asc else ("dev" if has_dev else "ascii"))
        )
    n_dev = sum(k == "dev" for *_, k in nums)
    n_asc = sum(k == "ascii" for *_, k in nums)
    mixed = any(k == "mixed" for *_, k in nums)
    if not mixed and (n_dev == 0 or n_asc == 0):
        return
    minority = "dev" if n_dev <= n_asc else "ascii"
    for s, e, tok, kind in nums:
        if kind not in (minority, "mixed"):
            continue
        if kind == "dev" or (kind == "mixed" and minority == "dev"):
            fix = tok.translate(str.maketrans("०१२३४५६७८९", "0123456789"))
        else:
            fix = tok.translate(str.maketrans("0123456789", "०१२३४५६७८९"))
        os, oe = view.span(s, e)
        yield make_finding(
            "HI404",
            segment.text,
            os,
            oe,
            f"“{tok}” uses a different digit system from the other numbers in this sentence.",
            suggestion=fix,
            devanagari_numbers=n_dev,
            ascii_numbers=n_asc,
        )


# ----------------------------------------------------------------------------- HI405

_DEVANAGARI_RUN = WORD_RUN_RE
_DANDA = re.compile("[।॥]")
_SIGN = "\u093e-\u094c\u0962\u0963"  # dependent vowel signs
_BROKEN_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "a vowel sign, halant or nukta with no consonant before it",
        re.compile(rf"(?:^|(?<=[^\u0900-\u097f\u200c\u200d]))[{_SIGN}\u094d\u093c]"),
    ),
    ("two vowel signs on one letter", re.compile(rf"[{_SIGN}][{_SIGN}]")),
    (
        "a vowel sign on an independent vowel (write the full vowel letter, e.g. आ not अा)",
        re.compile(rf"[\u0904-\u0914\u0960\u0961][{_SIGN}]"),
    ),
    ("a vowel sign right after a halant", re.compile(rf"\u094d[{_SIGN}]")),
    ("a vowel sign after a nasal sign (the sign order is wrong)", re.compile(rf"[\u0901\u0902][{_SIGN}]")),
    ("two halants in a row", re.compile("\u094d\u094d")),
    ("a nukta not on a consonant", re.compile(rf"[{_SIGN}\u0901-\u0903\u094d\u0904-\u0914]\u093c")),
)

#: a text that none of them matches has nothing for HI405: their alternation, written so that each
#: branch opens on a character class (the first pattern's start-or-non-letter lookbehind as a
#: negative lookbehind; the two-character patterns merged by their second character), which the
#: regex engine tries far faster at each position than branches that open on a lookbehind (~4× on
#: news text); the same texts match (tests/test_fast_paths.py: every string of one or two
#: characters of the block, and random ones)
_ANY_BROKEN = re.compile(
    rf"(?<![\u0900-\u097f\u200c\u200d])[{_SIGN}\u094d\u093c]"
    rf"|[{_SIGN}\u0901\u0902\u0904-\u0914\u0960\u0961\u094d][{_SIGN}]"
    "|\u094d\u094d"
    rf"|[{_SIGN}\u0901-\u0903\u094d\u0904-\u0914]\u093c"
)


@register(
    code="HI405",
    name="broken-matra",
    category="orthography",
    severity="minor",
    summary="A vowel sign, halant or nukta in an impossible position.",
    examples=[
        (
            "उन्होंने कहा कि अाज बैठक होगी।",
            "उन्होंने कहा कि आज बैठक होगी।",
        ),
        (
            "सरकार ने नई नीतिि की घोषणा की।",
            "सरकार ने नई नीति की घोषणा की।",
        ),
    ],
)
def check_broken_matra(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Broken vowel signs and conjuncts (HI405).

    Devanagari dependent signs only attach to consonants. Flagged: a vowel sign, halant or
    nukta at the start of a word; two vowel signs in a row (नीतिि); a vowel sign on an
    independent vowel (अा for आ — a typical legacy-font conversion error); a vowel sign right
    after a halant; a vowel sign after the nasal sign (कंा); a double halant; a nukta not on a
    consonant. These come from broken fonts, OCR, or a tokeniser that split a syllable.
    The whole word is reported. Fix: retype the syllable.
    """
    view = nfc_view(segment.text)
    text = view.text
    if not _ANY_BROKEN.search(text):
        return  # (almost every text) one search instead of one per pattern
    runs = [(m.start(), m.end()) for m in _DEVANAGARI_RUN.finditer(text)]
    starts = [r[0] for r in runs]
    seen: set[int] = set()
    for why, pat in _BROKEN_PATTERNS:
        for m in pat.finditer(text):
            # report the whole word around the bad sign (found by bisection: a run of 16k
            # stacked signs must not rescan the word for every match)
            k = bisect.bisect_right(starts, m.start()) - 1
            s, run_end = runs[k]
            if s in seen:
                continue
            seen.add(s)
            danda = _DANDA.search(text, m.end(), run_end)
            e = danda.start() if danda else run_end
            os, oe = view.span(s, e)
            yield make_finding(
                "HI405",
                segment.text,
                os,
                oe,
                f"“{text[s:e]}” has {why}.",
                sign=f"U+{ord(m.group()[-1]):04X}",
            )


# ----------------------------------------------------------------------------- HI406


def _position_pattern() -> re.Pattern[str]:
    words_alt = "|".join(re.escape(p["word"]) for p in caption_positions())
    return re.compile(rf"(?:(?<=,\s)|(?<=,)|(?<=\(\s)|(?<=\())({words_alt})(?=\s*[,)])")


@register(
    code="HI406",
    name="transliterated-caption-position",
    category="transliteration",
    severity="major",
    summary="A caption position (left/right/center) transliterated instead of translated.",
    examples=[(p["incorrect"], p["correct"]) for p in caption_positions()],
)
def check_caption_position(segment: Segment, ctx: CheckContext) -> Iterable[Finding]:
    """Transliterated caption position word (HI406).

    English photo captions say who stands where: "X, left, and Y, right, meet in …". MT
    sometimes transliterates the position word (", राइट,") — in Hindi राइट reads as
    "write" or the name Wright, and the caption becomes nonsense. Flagged: a position word
    from ``data/script_caption_positions.toml`` set off as a caption aside, i.e. right after
    a comma or an opening parenthesis and right before a comma or closing parenthesis.
    Fix: the Hindi position word (दाएं, बाएं, बीच में).
    """
    view = nfc_view(segment.text)
    table = {p["word"]: p for p in caption_positions()}
    for m in _position_pattern().finditer(view.text):
        p = table[m.group(1)]
        os, oe = view.span(m.start(1), m.end(1))
        yield make_finding(
            "HI406",
            segment.text,
            os,
            oe,
            f"“{p['word']}” is the English caption word “{p['english']}” transliterated; "
            f"in Hindi captions write “{p['fix']}”.",
            suggestion=p["fix"],
            english=p["english"],
        )
