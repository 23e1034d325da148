"""HI517: a marked clause of the source with nothing of it in the MT (rules/source/dropped_clauses.py)."""

from __future__ import annotations

import pytest

from audit.rules.source import common
from audit.rules.source.dropped_clauses import dropped_clauses
from tests.rule_run import run

pytestmark = pytest.mark.skipif(common.dictionary() is None, reason="FreeDict eng-hin not installed")


@pytest.mark.parametrize(
    ("src", "mt", "clause", "relation"),
    [
        # a cause, a condition, a concession, a reason cited, a share, an exception: dropped whole
        (
            "The temple was closed because of the eclipse.",
            "मंदिर बंद कर दिया गया।",
            "because of the eclipse",
            "cause",
        ),
        (
            "The price of milk will rise unless the government objects.",
            "दूध की कीमत बढ़ेगी।",
            "unless the government objects",
            "condition",
        ),
        (
            "The singer sang on stage despite a fever.",
            "गायक ने मंच पर गाना गाया।",
            "despite a fever",
            "concession",
        ),
        (
            "The judge stepped aside, citing a conflict of interest.",
            "न्यायाधीश ने ख़ुद को अलग कर लिया।",
            "citing a conflict of interest",
            "reason cited",
        ),
        (
            "Ninety pilgrims were hurt, most of them elderly.",
            "नब्बे तीर्थयात्री घायल हुए।",
            "most of them elderly",
            "share",
        ),
        (
            "All the shops were closed except the bakery.",
            "सभी दुकानें बंद थीं।",
            "except the bakery",
            "exception",
        ),
        (
            "The old fort, which overlooks the river, was closed to visitors.",
            "पुराना किला पर्यटकों के लिए बंद कर दिया गया।",
            "which overlooks the river",
            "relative",
        ),
    ],
)
def test_a_marked_clause_dropped(src: str, mt: str, clause: str, relation: str) -> None:
    found = dropped_clauses(src, mt)
    assert [(src[c.start : c.end], c.relation) for c in found] == [(clause, relation)]
    (f,) = run("HI517", mt, src)
    assert f.category == "omission" and f.evidence["english"] == clause


@pytest.mark.parametrize(
    ("src", "mt"),
    [
        # the clause's words are there
        ("The temple was closed because of the eclipse.", "ग्रहण की वजह से मंदिर बंद कर दिया गया।"),
        ("The temple was closed because of the eclipse.", "ग्रहण से मंदिर बंद कर दिया गया।"),
        # its relation is said in other words than the dictionary's (कारण with a paraphrase)
        ("The school shut early because of the strike.", "हड़ताल के कारण स्कूल जल्दी बंद हो गया।"),
        ("The singer sang on stage despite a fever.", "बुख़ार के बावजूद गायक ने मंच पर गाना गाया।"),
        ("All the shops were closed except the bakery.", "बेकरी को छोड़कर सभी दुकानें बंद थीं।"),
        # the MT is as long as a whole translation: the clause is rendered, in words no dictionary lists
        (
            "The judge stepped aside, citing a conflict of interest.",
            "हितों के टकराव की बात कहकर न्यायाधीश ने ख़ुद को मामले से अलग कर लिया।",
        ),
        # a restrictive relative clause is part of its noun phrase, not a clause of its own
        ("The fort which overlooks the river was closed to visitors.", "किला पर्यटकों के लिए बंद कर दिया गया।"),
        # no marker
        ("The temple was closed on Monday.", "मंदिर बंद कर दिया गया।"),
    ],
)
def test_a_clause_said_or_no_clause(src: str, mt: str) -> None:
    assert dropped_clauses(src, mt) == ()
    assert run("HI517", mt, src) == []
