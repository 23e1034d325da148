"""HI508: source text copied into the MT untranslated."""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.core.model import Finding, Segment
from audit.core.text import LATIN_WORD_RE, words
from audit.lang.frequency import zipf_en
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.common import whole_span

# ------------------------------------------------------------------ untranslated (HI508)

#: a capitalised source word kept in Latin script is flagged when it is rarer than this in English
#: (names of people and places; brands such as Microsoft and common words are commoner)
RARE_NAME_ZIPF = 4.0
LETTER_RE = re.compile(r"[^\W\d_]")
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


def _after_number(text: str, start: int) -> bool:
    """A unit glued to a number (600Mbit/s, 5Ghz), not a name."""
    return start > 0 and text[start - 1].isdigit()


def norm_copy(text: str) -> str:
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
    not acronyms, not URLs or handles) are flagged one by one, and so are names of the source
    left in Latin script (Plitvice, Rossby: capitalised, rare as English words — Hindi writes
    names in Devanagari). Acronyms (NASA), mixed case (iPhone) and names that are common English
    words (Microsoft, Office: brands are often kept in Latin) stay silent.
    """

    src, mt = segment.src or "", segment.text
    if not mt.strip():
        return
    stats = latin_stats(src, mt)
    if norm_copy(src) == norm_copy(mt) or stats["latin_copy_ratio"] >= 0.5:
        start, end = whole_span(mt)
        yield make_finding(
            "HI508",
            mt,
            start,
            end,
            "खंड का अनुवाद नहीं हुआ: स्रोत का अंग्रेज़ी पाठ ही कॉपी हुआ है।",
            severity="critical",
            latin_copy_ratio=round(stats["latin_copy_ratio"], 3),
        )
        return
    src_words = {m.group() for m in LATIN_WORD_RE.finditer(src)}
    masked = _URLISH_RE.sub(lambda m: " " * len(m.group()), mt)
    for m in LATIN_WORD_RE.finditer(masked):
        w = m.group()
        if w not in src_words or len(w) < 3:
            continue
        if w.islower() and zipf_en(w) >= 3.0:
            message = f"अंग्रेज़ी शब्द “{w}” अनूदित नहीं हुआ (स्रोत से ज्यों का त्यों)।"
        elif (
            w[0].isupper()
            and w[1:].islower()
            and zipf_en(w) < RARE_NAME_ZIPF
            and not _after_number(mt, m.start())
        ):
            message = f"स्रोत का नाम “{w}” रोमन लिपि में ही छोड़ दिया गया है; इसे देवनागरी में लिखें।"
        else:
            continue
        yield make_finding("HI508", mt, m.start(), m.end(), message, english=w)
