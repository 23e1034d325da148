"""Every registered rule documents itself with (incorrect, correct) examples that must hold."""

from __future__ import annotations

import pytest

from audit.core.model import Segment
from audit.rules.registry import CheckContext, iter_rules

RULES = [r for r in iter_rules() if not r.needs_source and r.examples]


def findings(rule, text):
    seg = Segment(doc="example", index=1, text=text)
    return rule.run(seg, CheckContext(document=[seg]))


def test_every_rule_is_documented():
    for rule in iter_rules():
        assert rule.doc, f"{rule.code} has no docstring (its doc page)"
        assert rule.summary and rule.severity in ("minor", "major", "critical")
        assert rule.code[:2] == "HI" and rule.code[2:].isdigit() and len(rule.code) == 5


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_examples(rule):
    for bad, good in rule.examples:
        found = findings(rule, bad)
        assert any(f.code == rule.code for f in found), f"{rule.code} missed its incorrect example: {bad}"
        for f in found:
            assert bad[f.start : f.end] == f.span
            assert f.message
        assert not findings(rule, good), f"{rule.code} fired on its correct example: {good}"


def test_rules_doc_is_in_sync():
    from pathlib import Path

    from audit.rules.registry import rules_markdown

    doc = Path(__file__).resolve().parent.parent / "docs" / "rules" / "README.md"
    assert doc.read_text(encoding="utf-8") == rules_markdown(), (
        "run: audit rules --markdown > docs/rules/README.md"
    )


def test_no_rule_fires_on_any_correct_example():
    """Every rule's correct example is clean Hindi for *all* rules, not only its own."""
    from audit import Auditor
    from audit.rules.literal import load_lexicon

    good = {g for r in iter_rules() if not r.needs_source for _, g in r.examples}
    good |= {e.example_good for e in load_lexicon()}
    noisy = {
        r.segment.text: [(f.code, f.span) for f in r.findings]
        for r in Auditor().check(sorted(good))
        if r.findings
    }
    assert noisy == {}


def test_example_spans_match_the_snapshot():
    """Each rule reports its incorrect examples at the pinned spans (ruff-style snapshot)."""
    import json
    from pathlib import Path

    from audit.dev.rule_docs import spans_snapshot

    path = Path(__file__).resolve().parent / "data" / "rule_example_spans.json"
    pinned = json.loads(path.read_text(encoding="utf-8"))
    now = json.loads(json.dumps(spans_snapshot(), ensure_ascii=False))
    changed = sorted(code for code in set(pinned) | set(now) if pinned.get(code) != now.get(code))
    assert not changed, (
        f"example spans changed for {changed}: check them, then run python scripts/build_rule_docs.py"
    )
    assert all(spans for rule_spans in now.values() for spans in rule_spans), (
        "an incorrect example has no finding"
    )


def test_rule_pages_are_in_sync():
    from pathlib import Path

    from audit.dev.rule_docs import rule_page

    codes = Path(__file__).resolve().parent.parent / "docs" / "rules" / "codes"
    stale = [
        r.code
        for r in iter_rules()
        if not (codes / f"{r.code}.md").is_file()
        or (codes / f"{r.code}.md").read_text(encoding="utf-8") != rule_page(r)
    ]
    assert not stale, f"rule pages out of date: {stale}; run python scripts/build_rule_docs.py"
