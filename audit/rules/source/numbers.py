"""HI501: a number in the source missing or changed in the MT."""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.core.text import DEVANAGARI_LETTERS, JOINERS
from audit.lang.bilingual.number_phrases import in_number_expression
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import lexicon, nfc, whole_span
from audit.rules.source.idioms import source_idioms
from audit.rules.source.number_spelling import spelled_in

# ------------------------------------------------------------------ numbers (HI501)

_DEV_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_EN_TOKEN_RE = re.compile(r"\d+(?:,\d+)*(?:\.\d+)?|[A-Za-z]+|%")
_HI_TOKEN_RE = re.compile(rf"[0-9०-९]+(?:,[0-9०-९]+)*(?:\.[0-9०-९]+)?|[{DEVANAGARI_LETTERS}{JOINERS}]+|%")
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
    # another value the MT may write it as (the hour of *half past five*, 60 of *the 1960s*)
    alt: float | None = None


def _parse_digits(token: str) -> float | None:
    token = token.translate(_DEV_DIGITS).rstrip(",").replace(",", "")
    try:
        return float(token)
    except ValueError:
        return None


def _adds_to(current: float | None, val: float) -> bool:
    """Whether a number word of value ``val`` continues the number read so far: after nothing,
    after hundreds (two hundred *fifty*) or after a round ten (thirty-*two*, twenty *one*)."""
    if current is None:
        return True
    if current >= 100 and val < current:
        return True
    tens = current % 100
    return (
        current == int(current) and 20 <= tens <= 90 and tens % 10 == 0 and 1 <= val <= 9 and val == int(val)
    )


def _compound_head(
    text: str,
    end: int,
    tokens: list[tuple[int, int, str]],
    j: int,
    words_tbl: dict[str, float],
    scales: dict[str, float],
) -> bool:
    """Whether token ``j`` (ending at ``end``) is a word joined by a hyphen to a following word
    that is no number (*two-wheelers*, *three-day*, *five-star*; not *twenty-five*)."""
    if text[end : end + 1] != "-" or j + 1 >= len(tokens) or tokens[j + 1][0] != end + 1:
        return False
    nxt = tokens[j + 1][2].lower()
    return not _DIGIT_RE.match(tokens[j][2]) and nxt not in words_tbl and nxt not in scales


def _mentions(
    text: str, token_re: re.Pattern[str], words_tbl: dict[str, float], scales: dict[str, float], lower: bool
) -> list[NumberMention]:
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
            key = tok.lower() if lower else nfc(tok)
            if j > run_start and lower and _compound_head(text, e, tokens, j, words_tbl, scales):
                break  # 5 lakh | two-wheelers: a number word heading a hyphenated compound starts anew
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
                # a fraction word alone before a scale is that fraction of one (सवा लाख = 1.25 लाख,
                # पौने करोड़ = 0.75 करोड़)
                base = current if current is not None else 1.0 + offset
                if scale == 100:
                    current = base * 100
                elif current is None and total and tokens[j - 1][2] in scales:
                    total *= scale  # a scale of a scale: तीन लाख करोड़ = 3 × 10⁵ × 10⁷
                else:
                    total += base * scale
                    current = None
            elif key in words_tbl and _adds_to(current, words_tbl[key]):
                val = float(words_tbl[key])
                current = (current or 0.0) + val + (offset if current is None else 0.0)
            elif (
                lower
                and key == "and"
                and (current or total) >= 100
                and j + 1 < len(tokens)
                and tokens[j + 1][2].lower() in words_tbl
            ):
                pass  # two hundred *and* twenty-five
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
            if (
                raw
                and prev is not None
                and prev.raw is None
                and prev.digits
                and re.fullmatch(r"\s*(?:[-–]|से|to)\s*", text[prev.end : start])
            ):
                # a range sharing one scale word: "4.2-3.9 million" -> 4.2e6 and 3.9e6
                out[-1] = NumberMention(
                    prev.value * value / raw, prev.text, prev.start, prev.end, True, prev.value
                )
            out.append(mention)
            i = j
        else:
            i = max(j, i + 1)
    return out


def english_numbers(text: str) -> list[NumberMention]:
    """Numbers of an English text: digits (1,500; 2.5; 27th) and number words, with scales; clock
    times and mixed fractions read as one value (:func:`_fractions`), decades with their tens
    (*the 1960s* → 60 as well: साठ के दशक)."""
    lex = lexicon()
    found = _mentions(text, _EN_TOKEN_RE, lex["english_numbers"], lex["english_scales"], lower=True)
    return _decades(text, _fractions(text, found))


#: a quarter or half before a number: clock times (*half past five* = 5.5, *a quarter to nine* =
#: 8.75), which Hindi writes with its fraction words (साढ़े पांच, पौने नौ, सवा ग्यारह)
_FRACTION_BEFORE = re.compile(r"\b(?:(half)|(?:a\s+)?(quarter))[\s-]+(past|to)\s+$", re.I)
#: a fraction after a number: mixed numbers (*two and a half* = 2.5 → ढाई, *one and a half* → डेढ़)
_FRACTION_AFTER = re.compile(r"^\s+and\s+(?:a\s+)?(half|quarter)\b", re.I)
_FRACTION_VALUE = {"half": 0.5, "quarter": 0.25}
#: a scale word right after a mixed number (*two and a half* **lakh**, *one and a half* **million**)
_SCALE_AFTER = re.compile(r"^\s+([A-Za-z]+)")
_FRACTION_WORDS = frozenset("a and half quarter past to".split())


def _fractions(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """Clock times and mixed fractions as one mention whose value includes the fraction (the whole
    number kept as ``alt``), dropping the *half* read inside them on its own."""
    out: list[NumberMention] = []
    for m in found:
        if m.value != int(m.value) or not 0 < m.value < 100:
            out.append(m)
            continue
        before = _FRACTION_BEFORE.search(text[: m.start])
        after = _FRACTION_AFTER.match(text[m.end :])
        whole = m.value
        if before:
            part = _FRACTION_VALUE[(before.group(1) or before.group(2)).lower()]
            value = m.value + part if before.group(3).lower() == "past" else m.value - part
            start, end = before.start(), m.end
        elif after:
            value, start, end = (
                m.value + _FRACTION_VALUE[after.group(1).lower()],
                m.start,
                m.end + after.end(),
            )
            scale = _SCALE_AFTER.match(text[end:])
            factor = lexicon()["english_scales"].get(scale.group(1).lower()) if scale else None
            if scale and factor:  # *two and a half lakh* = 2.5 × 10⁵ (ढाई लाख); the whole: 2 लाख
                value, whole, end = value * factor, m.value * factor, end + scale.end()
        else:
            out.append(m)
            continue
        out = [x for x in out if not (start <= x.start and x.end <= end)]
        out.append(NumberMention(value, text[start:end], start, end, m.digits, m.raw, whole))
    return [
        x
        for x in out
        if not any(y is not x and y.alt is not None and y.start <= x.start and x.end <= y.end for y in out)
    ]


_DECADE_AFTER = re.compile(r"^['’]?s\b")


def _decades(text: str, found: list[NumberMention]) -> list[NumberMention]:
    """A decade in digits (*the 1960s*, *1990's*) may be written by its tens (साठ के दशक)."""
    return [
        NumberMention(m.value, m.text, m.start, m.end, m.digits, m.raw, m.value % 100)
        if m.digits and m.value >= 1000 and m.value % 10 == 0 and _DECADE_AFTER.match(text[m.end :])
        else m
        for m in found
    ]


#: endings that make a Hindi cardinal an ordinal (पाँचवाँ, दसवीं) or a collective (तीनों, चारों):
#: *class five* → पाँचवीं कक्षा, *the three officials* → तीनों अधिकारी keep the number
_HI_ORDINAL_ENDINGS = ("वाँ", "वां", "वीं", "वें", "वा", "वी", "वे", "ों")


#: endings of a Hindi multiplicative (दोगुना, तिगुने, पांचगुनी: *twice as many*, *five times*)
_HI_TIMES_ENDINGS = ("गुना", "गुने", "गुनी", "गुणा", "गुणे", "गुणी", "गना", "गने", "गनी")
#: the short stems multiplicatives are also made from (दुगना, तिगुना, चौगुना)
_HI_TIMES_STEMS = {"दु": 2.0, "ति": 3.0, "चौ": 4.0}


@lru_cache(maxsize=1)
def _hindi_number_words() -> dict[str, float]:
    """The lexicon's Hindi number words with the ordinal and collective forms of its whole
    cardinals from three upwards (the irregular पहला … छठा are in the lexicon), and the
    multiplicatives of the cardinals from two to ten, made by -गुना (दोगुना, दुगने, तिगुनी:
    *twice as many passes* → दोगुने पास keeps the number)."""
    table = dict(lexicon()["hindi_numbers"])
    stems = dict(_HI_TIMES_STEMS)
    for word, value in list(table.items()):
        if value == int(value) and 3 <= value < 100:
            for ending in _HI_ORDINAL_ENDINGS:
                table.setdefault(nfc(word + ending), value)
        if value == int(value) and 2 <= value <= 10:
            stems.setdefault(word, value)
    for stem, value in stems.items():
        for ending in _HI_TIMES_ENDINGS:
            table.setdefault(nfc(stem + ending), value)
    return table


def hindi_numbers(text: str) -> list[NumberMention]:
    """Numbers of a Hindi text: ASCII or Devanagari digits, number words (with their ordinal and
    collective forms), लाख/करोड़ scales."""
    lex = lexicon()
    return _mentions(text, _HI_TOKEN_RE, _hindi_number_words(), lex["hindi_scales"], lower=False)


def _same(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


@dataclass
class NumberComparison:
    src: list[NumberMention]
    mt: list[NumberMention]
    missing: list[NumberMention]  # source digit numbers with no equal value in the MT
    extra: list[NumberMention]  # MT digit numbers with no equal value in the source
    missing_words: list[NumberMention] = field(default_factory=list)  # spelled-out counts (five, twice)


@lru_cache(maxsize=4096)
def compare_numbers(src: str, mt: str) -> NumberComparison:
    s = english_numbers(src)
    m = hindi_numbers(mt)

    def same(x: NumberMention, y: NumberMention) -> bool:
        # equal values, or the MT kept the digits but lost/glued the scale word ("3.9 मिलियनवर्ष")
        return (
            _same(x.value, y.value)
            or (y.raw is None and x.raw is not None and _same(x.raw, y.value))
            or (x.alt is not None and _same(x.alt, y.value))
        )

    missing = [x for x in s if x.digits and not any(same(x, y) for y in m)]
    extra = [y for y in m if y.digits and not any(same(x, y) for x in s)]
    words = [x for x in s if _counted_word(x, src) and not any(same(x, y) for y in m)]
    if words:  # a number inside an English idiom (on cloud nine, at sixes and sevens) is no count
        spans = [(i.start, i.end) for i in source_idioms(src)]
        words = [x for x in words if not any(a <= x.start and x.end <= b for a, b in spans)]
        # nor one inside a multiword expression of WordNet or the dictionary (forty winks)
        words = [x for x in words if not in_number_expression(src, x.start, x.end)]
        # nor a count joined to itself (*put two and two together*, *two by two*): a figure
        words = [x for x in words if not _self_coordinated(x, src)]
        words = [x for x in words if not spelled_in(x.text, _COUNT_WORDS, mt)]  # nor one kept in English
    return NumberComparison(s, m, missing, extra, words)


_SELF_COORDINATED = re.compile(r"\b([A-Za-z]+)\s+(?:and|by|to|or)\s+\1\b", re.I)


def _self_coordinated(x: NumberMention, src: str) -> bool:
    """Whether the spelled-out number ``x`` is one half of a count joined to itself (*two and two*)."""
    return any(m.start() <= x.start and x.end <= m.end() for m in _SELF_COORDINATED.finditer(src))


#: spelled-out numbers whose loss is an omission: cardinal counts, not "one" (a pronoun as often
#: as a number), ordinals (restructured), "half", "couple", "single", "double" or "once"
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety dozen twice".split()
)


#: ordinals whose loss is an omission (*for the second day*, *her third title*): Hindi keeps them
#: (दूसरे दिन, तीसरा ख़िताब, द्वितीय); not *first* (*at first*, *first-ever*, सबसे पहले …), nor
#: *a second* (a moment), *per second*, *split second*
_ORDINAL_COUNTS = frozenset("second third fourth fifth sixth seventh eighth ninth tenth".split())
_NOT_ORDINAL_BEFORE = re.compile(r"\b(?:a|an|per|split|one|every)\s+$", re.I)


def _counted_word(x: NumberMention, src: str) -> bool:
    """A count written in words (five years, a dozen, twice, forty-one) below a hundred, such a
    count times a scale word (*ten lakh rupees*, *two hundred*, *five million*; not *a thousand*)
    or an ordinal from *second* to *tenth* (:data:`_ORDINAL_COUNTS`), not part of a hyphenated
    compound (two-thirds, five-star, second-largest: rendered as one word)."""
    toks = re.findall(r"[A-Za-z]+", x.text.lower())
    if x.alt is not None and not x.digits:  # half past *five*, *two* and a half: the whole number counts
        toks = [t for t in toks if t not in _FRACTION_WORDS]
    scales = set(toks) & set(lexicon()["english_scales"])
    counts = set(toks) - scales
    if toks and set(toks) <= _ORDINAL_COUNTS and len(toks) == 1:
        if _NOT_ORDINAL_BEFORE.search(src[: x.start]):
            return False
    elif x.digits or not toks or not counts <= _COUNT_WORDS | {"a", "an", "one"}:
        return False
    value = x.alt if x.alt is not None else x.value
    if not (2 <= value < 100 or scales and counts & _COUNT_WORDS):
        return False
    before, after = src[max(0, x.start - 1) : x.start], src[x.end : x.end + 1]
    # capitalised inside a sentence it belongs to a name or title (The Three Kingdoms, Big Four);
    # lower-case between two capitalised words, to a name as its particle (Erik ten Hag)
    titled = x.text[:1].isupper() and not re.search(r"(?:^|[.!?:;\"“(]\s*)$", src[: x.start])
    titled |= bool(re.search(r"\b[A-Z]\S*\s+$", src[: x.start]) and re.match(r"\s+[A-Z]", src[x.end :]))
    return "-" not in (before + after) and not titled and not _counts_nothing(x, src)


#: prepositions after which a spelled-out number counts nothing (*a dime a dozen at election time*)
_PREPOSITIONS = frozenset("at in on by for with from during after before about over under into than".split())


def _counts_nothing(x: NumberMention, src: str) -> bool:
    """A spelled-out *a/an* + number with no noun after it, only a preposition or the sentence's
    end (*promises are a dime a dozen at election time*, *such tools are ten a penny*): a figure of
    speech, not a quantity the translation must carry. A bare number before a preposition (*two
    of them*, *won by five*) still counts."""
    nxt = re.match(r"\s*([A-Za-z]+|[.!?;:,]|$)", src[x.end :])
    word = nxt.group(1).lower() if nxt else ""
    article = re.search(r"\b(?:a|an)\s+$", src[: x.start], re.I) or x.text.lower().startswith(("a ", "an "))
    return bool(article) and (word in _PREPOSITIONS or word in {"", ".", "!", "?", ";", ":", ","})


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

    options = sorted(
        (cost(x, y), abs(i - j), j, i) for j, y in enumerate(extra) for i, x in enumerate(missing)
    )
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
    so "15 million" = "1.5 करोड़" = "150 लाख" pass. A count the source spells out (*five years*,
    *a dozen*, *twice*; two to ninety-nine, not *one*, ordinals or hyphenated compounds such as
    *two-thirds*) whose value the MT lacks in digits or words is also reported on the segment;
    not one inside an English idiom (*on cloud nine*) or a multiword expression of WordNet or the
    dictionary that counts nothing (*forty winks*, *six figure*; not *two weeks*) nor an *a*-count with no counted noun after
    it (*a dime a dozen at election time*) nor a count joined to itself (*put two and two
    together*): figures of speech, not quantities. Hindi number words
    made from numbers count too: multiplicatives (*twice as many* → दोगुने, तिगुना) and the
    cricket scores शतक, अर्धशतक (*an unbeaten fifty* → नाबाद अर्धशतक) and boundaries
    (*a six* → छक्का, *fours* → चौके), and दुविधा (*in two minds*); and a number word heading
    a hyphenated compound (*5 lakh two-wheelers*) is no part of the number before it. Clock
    times and mixed fractions are one value (*half past five* = साढ़े पांच, *a quarter to nine* =
    पौने नौ, *two and a half* = ढाई, *two and a half lakh* = ढाई लाख, सवा लाख = 125,000; the whole
    number alone passes too), and a decade in digits may
    be written by its tens (*the 1960s* → साठ के दशक); a number kept in English is there (टेन).
    """
    src, mt = segment.src or "", segment.text
    cmp = compare_numbers(src, mt)
    if cmp.missing_words and not cmp.missing and not cmp.extra:
        start, end = whole_span(mt)
        words_txt = ", ".join(x.text for x in cmp.missing_words)
        yield make_finding(
            "HI501",
            mt,
            start,
            end,
            f"स्रोत की संख्या अनुवाद में नहीं है: {words_txt}।",
            missing=[x.text for x in cmp.missing_words],
        )
        return
    if not cmp.missing and not cmp.extra:
        return
    missing_txt = ", ".join(x.text for x in cmp.missing)
    pairs = _pair_numbers(cmp.missing, cmp.extra) if len(cmp.missing) == len(cmp.extra) else {}
    for n, y in enumerate(cmp.extra):
        cand = pairs.get(n)
        if cand is not None:
            msg = (
                f"संख्या बदल गई: स्रोत में “{cand.text}” (= {indian_format(cand.value)}) है, "
                f"अनुवाद में “{y.text}” (= {indian_format(y.value)})।"
            )
            sugg = indian_format(cand.value)
        else:
            msg = f"अनुवाद की संख्या “{y.text}” स्रोत में नहीं है" + (
                f"; स्रोत की संख्याएँ जो अनुवाद में नहीं मिलीं: {missing_txt}।" if missing_txt else "।"
            )
            sugg = None
        yield make_finding(
            "HI501",
            mt,
            y.start,
            y.end,
            msg,
            suggestion=sugg,
            source_numbers=[x.text for x in cmp.src],
            mt_value=y.value,
        )
    if cmp.missing and not cmp.extra:
        start, end = whole_span(mt)
        yield make_finding(
            "HI501",
            mt,
            start,
            end,
            f"स्रोत की संख्या अनुवाद में नहीं है: {missing_txt} "
            f"(= {', '.join(indian_format(x.value) for x in cmp.missing)})।",
            missing=[x.text for x in cmp.missing],
        )
