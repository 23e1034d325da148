"""One documentation page per rule, with fixed sections, and the snapshot of its examples' spans.

``docs/rules/codes/<CODE>.md`` has the same four sections for every rule (like ruff's rule pages):
*What it finds* (the rule's summary), *Why it is wrong* (its docstring), *Example* (its incorrect
examples, the span the rule reports marked ``[[…]]``) and *Use instead* (the corrected examples),
then *Settings* for a rule that declares tunable ``config`` (its defaults, as TOML to copy).
``tests/data/rule_example_spans.json`` pins those spans (ruff's fixture + snapshot; LanguageTool's
``<marker>``): a rule that finds its example at another place fails the test.

Rebuild both after changing a rule or its examples::

    python scripts/build_rule_docs.py
"""

from __future__ import annotations

import inspect
import json
from pathlib import Path
from typing import Any

from audit.core.model import Segment
from audit.rules.registry import CheckContext, Rule, iter_rules, settings_markdown
from audit.rules.source.common import EXAMPLE_SOURCES

# Rules whose examples can be run here: what else they need (a glossary, system dictionaries,
# embeddings, a round trip) is not part of an example.
RUNNABLE_NEEDS = frozenset({"src"})


def runnable(rule: Rule) -> bool:
    return rule.scope != "roundtrip" and rule.needs <= RUNNABLE_NEEDS


def example_spans(rule: Rule) -> list[list[list[Any]]]:
    """For each incorrect example: the ``[start, end, span]`` of every finding of this rule."""
    out: list[list[list[Any]]] = []
    sources = EXAMPLE_SOURCES.get(rule.code, ())
    for i, (bad, _good) in enumerate(rule.examples):
        src = sources[i] if "src" in rule.needs and i < len(sources) else None
        seg = Segment(doc="example", index=1, text=bad, src=src)
        found = [f for f in rule.run(seg, CheckContext(document=[seg])) if f.code == rule.code]
        out.append(sorted([f.start, f.end, f.span] for f in found))
    return out


def spans_snapshot() -> dict[str, list[list[list[Any]]]]:
    return {rule.code: example_spans(rule) for rule in iter_rules() if rule.examples and runnable(rule)}


def _marked(text: str, spans: list[list[Any]]) -> str:
    out, pos = [], 0
    for start, end, _ in sorted(spans):
        if start < pos:
            continue
        out += [text[pos:start], "[[", text[start:end], "]]"]
        pos = end
    return "".join(out) + text[pos:]


#: what the English source does to a finding, by the rule's ``source_veto`` declaration
#: (audit/rules/source/veto.py)
VETO_TEXT = {
    "expression": "A Hindi-only rule: with the English source (`src`) a finding stays only when the source "
    "holds its English expression (its words in order, any inflection); otherwise the source vetoes it.",
    "word": "A Hindi-only rule: with the English source (`src`) a finding stays only when the source "
    "holds the English word read in the wrong sense (any inflection); otherwise the source vetoes it.",
    "title": "A Hindi-only rule: with the English source (`src`) a finding stays only when the source "
    "holds the title or institution, its capitalised words capitalised (*White House*, not *a white "
    "house by the lake*); otherwise the source vetoes it. A role before a name that the Hindi writes "
    "out (*Singer Seal* → गायक सील) is vetoed too.",
    "place": "A Hindi-only rule: with the English source (`src`) a finding stays only when the source "
    "holds the translated half of the place name inside a capitalised name of two words or more "
    "(*Notting Hill*, *the Old Bailey*; not *Alexander the Great*, not *the hills*); otherwise the "
    "source vetoes it.",
    "name": "A Hindi-only rule: with the English source (`src`) a finding stays only when the translated "
    "word is part of a capitalised name of the source (*Tim Cook*, not *Tim's cook*); otherwise the "
    "source vetoes it.",
}


def rule_page(rule: Rule) -> str:
    """The Markdown page of one rule (fixed sections)."""
    needs = ", ".join(sorted(rule.needs)) or "the Hindi text only"
    if rule.partly_needs:
        needs += f" (its {rule.partly_what or 'part'}: {', '.join(sorted(rule.partly_needs))})"
    lines = [
        f"# {rule.code} {rule.name}",
        "",
        f"Category `{rule.category}` · severity {rule.severity_label} · scope {rule.scope} · needs: {needs}"
        + ("" if rule.default else " · **opt-in** (select it by its full code)"),
        "",
        "## What it finds",
        "",
        rule.summary[:1].upper() + rule.summary[1:] + ".",
        "",
        "## Why it is wrong",
        "",
        inspect.cleandoc(rule.doc) if rule.doc else "(no description)",
        "",
        "## Example",
        "",
    ]
    spans = example_spans(rule) if rule.examples and runnable(rule) else None
    sources = EXAMPLE_SOURCES.get(rule.code, ())
    if not rule.examples:
        lines += ["(this rule's findings come from the round trip or a user's file; no fixed example)", ""]
    for i, (bad, _good) in enumerate(rule.examples):
        if i < len(sources):
            lines.append(f"- source: {sources[i]}")
        shown = _marked(bad, spans[i]) if spans is not None else bad
        lines.append(f"- ✗ {shown}")
    if rule.examples:
        lines += ["", "The reported span is marked [[…]]." if spans is not None else "", ""]
    lines += ["## Use instead", ""]
    lines += [f"- ✓ {good}" for _bad, good in rule.examples] or ["(see the example's suggestion)"]
    lines.append("")
    if rule.source_veto:
        lines += ["## With the source", "", VETO_TEXT[rule.source_veto], ""]
    if rule.config:
        lines += [
            "## Settings",
            "",
            "Defaults; override them in `pyproject.toml` (or `audit.toml`):",
            "",
            settings_markdown(rule),
            "",
        ]
    return "\n".join(line for i, line in enumerate(lines) if line or (i and lines[i - 1]))


def snapshot_text() -> str:
    """The span snapshot as JSON text, one rule a line."""
    rows = [
        f"{json.dumps(code)}: {json.dumps(spans, ensure_ascii=False)}"
        for code, spans in spans_snapshot().items()
    ]
    return "{\n" + ",\n".join(rows) + "\n}\n"


def write_all(root: Path) -> list[Path]:
    """Write ``docs/rules/codes/*.md`` and the span snapshot under ``root``; return the pages."""
    codes = root / "docs" / "rules" / "codes"
    codes.mkdir(parents=True, exist_ok=True)
    written = []
    for rule in iter_rules():
        path = codes / f"{rule.code}.md"
        path.write_text(rule_page(rule), encoding="utf-8")
        written.append(path)
    snapshot = root / "tests" / "data" / "rule_example_spans.json"
    snapshot.write_text(snapshot_text(), encoding="utf-8")
    return written
