"""HI7xx grammar: clause structures that MT produces and Hindi does not allow.

Two patterns that come from translating English clause by clause:

* an ergative subject (``X ने``) whose clause ends in a postposition and a bare copula —
  ``रूस ने … लड़ाई के लिए था`` — ``ने`` needs a transitive perfective verb (किया, दिया, कहा…);
* a relative clause (``जो``/``जो कि``/``जिसमें``) that ends the sentence on a postposition, with
  no verb at all — ``…, जो कि एजेंसी के अनुसार।`` — the English "which, according to X, …" cut off.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from audit.core.model import Finding, Segment
from audit.core.text import nfc_view
from audit.rules.registry import CheckContext, make_finding, register

POSTPOSITIONS = r"(?:के\s+लिए|के\s+खिलाफ|के\s+साथ|के\s+बारे\s+में|के\s+अनुसार|के\s+बाद|के\s+पास|में|पर|से)"
COPULA = r"(?:था|थी|थे|है|हैं)"
# Words that open a new (subordinate or coordinate) clause: the ergative subject's verb
# may legitimately sit before them.
CLAUSE_BREAK = r"(?:कि|जो|जिस\w*|जिन\w*|वह|वे|यह|ये|और|लेकिन|परंतु|मगर|क्योंकि|जबकि|तो)"
_ERGATIVE_COPULA = re.compile(
    # the subject starts at a word start and its clause is at most 300 characters: tried at
    # every letter of a long word, or over every later ने of a long line, it was quadratic
    # ने a whole word: not the start of नेता, नेपाल, नेटवर्क (कुर्द नेता … जेल में हैं has no ergative)
    rf"(?<![\u0900-\u097F])(?P<subj>[\u0900-\u097F]+\s+ने)(?![\u0900-\u097F])(?P<body>(?:(?!\s{CLAUSE_BREAK}\s)[^,;:।?!“”\"']){{0,300}}?)"
    rf"\s(?P<pred>{POSTPOSITIONS}\s+{COPULA})(?=\s*[।?!,;]|\s*$)"
)
_DANGLING_RELATIVE = re.compile(
    rf"(?P<rel>(?:जो\s+कि|जो|जिसमें|जिसके\s+अनुसार))\s+(?P<body>[^,;:।?!]{{1,60}}?)\s*"
    rf"(?P<post>{POSTPOSITIONS})\s*(?=।\s*$|\.\s*$)"
)
_VERBISH = re.compile(r"(?:ा|ी|े|ीं|ें)\s+(?:है|हैं|था|थी|थे|गया|गई|गए|रहा|रही|रहे)|\b(?:है|हैं|था|थी|थे|होगा|होगी|होंगे)\b")


@register(
    code="HI701",
    name="ergative-without-transitive-verb",
    category="grammar",
    severity="major",
    summary="An ergative subject (X ने) whose clause ends in a postposition and a bare copula.",
    examples=[
        ("सरकार ने किसानों की मदद के लिए था।", "सरकार ने किसानों की मदद के लिए योजना बनाई थी।"),
        ("कंपनी ने नए बाज़ार में था, यह साफ़ नहीं।", "कंपनी ने नए बाज़ार में कदम रखा था।"),
    ],
)
def ergative_copula(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """``ने`` marks the subject of a transitive verb in the perfective (उसने किताब पढ़ी). A
    clause that has ``ने`` but ends in ``के लिए था`` / ``में था`` has no such verb: the English
    ("that Russia had in its fight") was translated piece by piece and the verb was lost.
    The span runs from the subject marker to the copula so the editor sees the clause. ``ने``
    is a whole word: the start of नेता, नेपाल, नेटवर्क marks no ergative subject.
    """
    view = nfc_view(segment.text)
    if "ने" not in view.text:
        return  # (two texts in five) the pattern's subject ends in the word ने: tried at every word, it costs more
    for m in _ERGATIVE_COPULA.finditer(view.text):
        body = m.group("body")
        if _VERBISH.search(body):
            continue
        start, end = view.span(m.start("subj"), m.end("pred"))
        yield make_finding(
            "HI701",
            segment.text,
            start,
            end,
            "‘ने’ वाले कर्ता के साथ सकर्मक क्रिया नहीं है — वाक्यांश ‘" + m.group("pred") + "’ पर खत्म होता है। "
            "The ergative subject (ने) has no transitive verb: the clause was translated word by word and its "
            "verb lost. Rephrase, e.g. ‘X की … में’ or add the verb.",
            pattern="ergative + postposition + copula",
        )


@register(
    code="HI702",
    name="dangling-relative-clause",
    category="grammar",
    severity="minor",
    summary="A relative clause (जो कि …) that ends the sentence on a postposition, with no verb.",
    examples=[
        ("बैठक मंगलवार को हुई, जो कि मंत्रालय के अनुसार।", "मंत्रालय के अनुसार बैठक मंगलवार को हुई।"),
        ("नई नीति लागू हुई, जिसमें सभी राज्यों के साथ।", "नई नीति सभी राज्यों के साथ लागू हुई।"),
    ],
)
def dangling_relative(segment: Segment, ctx: CheckContext) -> Iterator[Finding]:
    """English "…, which, according to X, …" or "…, with X" often comes out as a relative
    clause that stops on a postposition: ``…, जो कि केंद्र के अनुसार।`` — there is no verb, so
    the clause means nothing. Usually the attribution belongs at the start: ``X के अनुसार, …``.
    """
    view = nfc_view(segment.text)
    for m in _DANGLING_RELATIVE.finditer(view.text):
        if _VERBISH.search(m.group("body")):
            continue
        start, end = view.span(m.start("rel"), m.end("post"))
        yield make_finding(
            "HI702",
            segment.text,
            start,
            end,
            "संबंधवाचक उपवाक्य (जो कि …) बिना क्रिया के परसर्ग पर खत्म होता है। A relative clause ends on a "
            "postposition with no verb (English ‘which, according to …’). Move the attribution to the front: "
            "‘X के अनुसार, …’.",
            pattern="relative pronoun + postposition at sentence end",
        )
