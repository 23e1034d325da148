"""HI517: a marked clause of the source — a cause, a condition, a concession, a reason cited, a
share of a group, a time, an exception or a relative clause after a comma — with nothing of it in
the MT.

English marks such a clause with a word that opens it (*because (of)*, *due to*, *for lack of*,
*unless*, *if*, *though*, *despite*, *citing*, *most of them*, *mostly*, *during*, *after*,
*except*, *, who* / *, which* …) and runs it to the next comma or the sentence's end. The clause is dropped when the
MT says none of it: no content word of the clause that the dictionary knows (or a name) has a
counterpart in the MT (a translation in any inflection or a transcription:
:func:`audit.rules.source.alignment.source_word_status`), while the rest of the sentence does,
and the MT has none of the Hindi words that say the marker's relation (क्योंकि, कारण, वजह,
चलते, अगर, बशर्ते, हालांकि, बावजूद, हवाला, ज़्यादातर, दौरान, बाद, अलावा …). Either alone is weak
— the dictionary misses many renderings, and Hindi says a cause with a bare से — so both are
required: the clause's words absent and its relation unsaid. Without the dictionary nothing is
reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from audit.core.model import Finding, Segment
from audit.lang.bilingual.hindi import words as hindi_words
from audit.rules.registry import CheckContext, make_finding, register
from audit.rules.source.alignment import source_word_status
from audit.rules.source.common import whole_span
from audit.rules.source.coverage import TYPICAL_LEN_RATIO

#: the relation a marker opens → (its English markers, the Hindi words that say it, each also with
#: its oblique plural -ों: कारणों)
RELATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "cause": (
        ("because of", "because", "due to", "owing to", "on account of", "for lack of", "for want of"),
        ("क्योंकि", "चूंकि", "चूँकि", "कारण", "वजह", "चलते", "अभाव", "कमी", "फलस्वरूप", "परिणामस्वरूप", "नतीजतन"),
    ),
    "condition": (
        ("unless", "only if", "if", "provided that"),
        ("अगर", "यदि", "बशर्ते", "जब तक", "तभी", "तो"),
    ),
    "concession": (
        ("even though", "although", "though", "despite", "in spite of"),
        ("हालांकि", "हालाँकि", "यद्यपि", "बावजूद", "भले", "जबकि", "लेकिन", "मगर", "फिर भी", "परंतु", "किंतु"),
    ),
    "reason cited": (
        ("citing",),
        ("हवाला", "कहकर", "कहते", "बताकर", "बताते", "कारण", "वजह"),
    ),
    "share": (
        ("most of them", "many of them", "some of them", "mostly"),
        ("ज़्यादातर", "ज्यादातर", "अधिकतर", "अधिकांश", "ज़्यादा", "ज्यादा", "कई", "कुछ", "बहुत"),
    ),
    "time": (
        ("during", "after", "before"),
        ("दौरान", "बाद", "पहले", "पूर्व"),
    ),
    "relative": (
        ("who", "which", "whose"),
        (
            "जो",
            "जिसने",
            "जिन्होंने",
            "जिसे",
            "जिन्हें",
            "जिसका",
            "जिसकी",
            "जिसके",
            "जिनका",
            "जिनकी",
            "जिनके",
            "जिसमें",
            "जिनमें",
        ),
    ),
    "exception": (
        ("except", "apart from", "other than"),
        ("अलावा", "छोड़कर", "छोड़", "सिवा", "सिवाय", "अतिरिक्त"),
    ),
}
#: a clause ends at the next comma, semicolon, colon, dash or sentence end
_CLAUSE_END = re.compile(r"\s*[,;:—–]|[.!?](?:\s|$)|$")


@lru_cache(maxsize=1)
def _marker_re() -> re.Pattern[str]:
    markers = sorted((m for english, _ in RELATIONS.values() for m in english), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(m) for m in markers) + r")\b", re.IGNORECASE)


def _relation(marker: str) -> str:
    low = " ".join(marker.lower().split())
    return next(name for name, (english, _) in RELATIONS.items() if low in english)


@dataclass(frozen=True)
class DroppedClause:
    start: int  # the clause's span in the source
    end: int
    relation: str  # a key of RELATIONS


def _said(mt: str, relation: str) -> bool:
    """Whether the MT has one of the Hindi words that say ``relation``."""
    said = RELATIONS[relation][1]
    found = [w for _, _, w in hindi_words(mt)]
    text = f" {' '.join(found)} "
    return any(f" {s} " in text or f" {s}ों " in text for s in said)


def _chars(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def _shorter_by(src: str, mt: str, start: int, end: int) -> bool:
    """Whether the MT's length is nearer that of a translation of the source without the clause
    ``start``–``end`` than with it (Hindi runs :data:`TYPICAL_LEN_RATIO` characters an English
    one): the MT is shorter than a full translation by at least half the clause."""
    whole, clause = _chars(src), _chars(src[start:end])
    return _chars(mt) < TYPICAL_LEN_RATIO * (whole - clause / 2)


@lru_cache(maxsize=4096)
def dropped_clauses(src: str, mt: str) -> tuple[DroppedClause, ...]:
    """The marked clauses of ``src`` of which the MT says nothing (module docstring)."""
    status = source_word_status(src, mt)
    if not status:
        return ()
    out = []
    for m in _marker_re().finditer(src):
        end = _CLAUSE_END.search(src, m.end())
        stop = end.start() if end else len(src)
        # the clause's own words, not the marker's: a marker alone (*, though,*) opens no clause
        inside = [x[3] for x in status if m.end() <= x[0] and x[1] <= stop and x[3] is not None]
        outside = [x[3] for x in status if (x[1] <= m.start() or x[0] >= stop) and x[3]]
        if not inside or any(inside) or not outside:
            continue
        relation = _relation(m.group())
        if relation == "relative" and not src[: m.start()].rstrip().endswith(","):
            continue  # a restrictive relative clause is part of its noun phrase
        if not _said(mt, relation) and _shorter_by(src, mt, m.start(), stop):
            out.append(DroppedClause(m.start(), stop, relation))
    return tuple(out)


@register(
    code="HI517",
    name="marked-clause-omission",
    category="omission",
    severity="major",
    summary="A clause the source marks as a cause, condition, concession, reason, share, time, exception or relative clause is missing from the MT",
    needs_source=True,
    needs={"dictionary"},
    examples=[
        ("स्कूल बंद कर दिया गया।", "बाढ़ के कारण स्कूल बंद कर दिया गया।"),
    ],
)
def check_dropped_clause(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """A marked clause of the source (*because of the rain*, *unless …*, *citing …*, *most of
    them …*) none of whose words nor its relation the MT says; reported on the whole MT with the
    English clause."""
    src, mt = segment.src or "", segment.text
    if not mt.strip():
        return
    for clause in dropped_clauses(src, mt)[:1]:
        english = src[clause.start : clause.end]
        start, end = whole_span(mt)
        yield make_finding(
            "HI517",
            mt,
            start,
            end,
            f"A clause of the source ({clause.relation}) is missing from the translation: “{english}”.",
            english=english,
            relation=clause.relation,
        )
