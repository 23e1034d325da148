"""Run one registered rule on one sentence, as the rule tests do: an optional English source and
rule configuration; every finding's span must be the text at its offsets."""

from __future__ import annotations

from typing import Any

from audit.core.model import Finding, Segment
from audit.rules.registry import REGISTRY, CheckContext, load_all_checks, validate_rule_config

load_all_checks()


def run(code: str, text: str, src: str | None = None, config: dict[str, Any] | None = None) -> list[Finding]:
    seg = Segment("t", 0, text, src=src or None)
    ctx = CheckContext(document=[seg], rule_config=validate_rule_config(config or {}))
    out = list(REGISTRY[code].run(seg, ctx))
    for f in out:
        assert f.span == text[f.start : f.end]
    return out
