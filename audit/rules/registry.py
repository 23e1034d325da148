"""Rule registry: every check is a small function registered under a stable code.

A check receives one Hindi segment and a :class:`CheckContext` (the whole document, an
optional trusted reference corpus, shared resources) and yields :class:`Finding` objects whose
offsets index ``segment.text``.
"""

from __future__ import annotations

import importlib
import json
import pkgutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import audit.rules as rules_pkg
from audit.core.model import Finding, Segment

CheckFunc = Callable[[Segment, "CheckContext"], Iterable[Finding]]


@dataclass
class CheckContext:
    """What a check may look at besides its own segment. Read-only for checks."""

    document: list[Segment] = field(default_factory=list)
    reference: Any = None  # audit.rules.names_reference.ReferenceCorpus or None
    cache: dict[str, Any] = field(default_factory=dict)  # per-document memo for checks
    glossary: Any = None  # audit.glossary.match.CompiledGlossary or None (HI8xx)
    # the user's overrides of rules' settings ([tool.audit.rules.CODE]), already validated
    rule_config: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def config(self, code: str) -> Mapping[str, Any]:
        """Rule ``code``'s settings: its declared ``config`` defaults with the user's overrides."""
        defaults = REGISTRY[code].config
        over = self.rule_config.get(code)
        return {**defaults, **over} if over else defaults


# Where a rule looks: one segment, the whole document (``ctx.document``), or the round trip
# (findings added after the round trip by rules/roundtrip_evidence.roundtrip_findings, called from
# audit/roundtrip/apply.py; the registered check itself yields none).
SCOPES = ("segment", "document", "roundtrip")
# What a rule needs besides the Hindi text: the English source, a human reference, e5
# embeddings (the Auditor computes clause-level embeddings only when a selected rule needs
# them), a round-trip model, a user's glossary (the Auditor leaves such rules out without one),
# optional system data read at run time (the FreeDict eng-hin dictionary, WordNet:
# audit.lang.engdict.RESOURCES; without them the rule is skipped and the run says so, see
# skipped_note).
NEEDS = frozenset({"src", "ref", "embeddings", "roundtrip", "glossary", "dictionary", "wordnet"})
# What a Hindi-only rule's finding stands for in English (its evidence ``english``), so that the
# English source, when given, can veto it (audit/rules/source/veto.py; the Auditor applies it):
# "" none, "expression" (an idiom, collocation or structure: must occur in the source, any
# inflection), "word" (a word read in its wrong sense: one of the expression's content words must
# occur in the source), "title" (the same, capitalised words capitalised: White House), "place" (a
# title that is one half of a place name: a one-word half must stand in a capitalised name of two
# words or more), "name" (a name part translated as a word: must be part of a capitalised source
# word). The source only ever removes such a finding.
SOURCE_VETOES = ("", "expression", "word", "title", "place", "name")


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    category: str
    severity: str
    summary: str
    func: CheckFunc
    examples: tuple[tuple[str, str], ...] = ()  # (incorrect, correct) pairs the tests run
    doc: str = ""
    default: bool = True  # False: opt-in, runs only when selected by its full code
    scope: str = "segment"
    needs: frozenset[str] = frozenset()
    # optional system data that only a part of the rule reads: without it that part is skipped,
    # the rest runs, and the run's note says which part (HI205: its WordNet idioms)
    partly_needs: frozenset[str] = frozenset()
    partly_what: str = ""
    severities: tuple[str, ...] = ()  # every severity its findings can have, when not only `severity`
    # tunable settings and their defaults (``[tool.audit.rules.CODE]`` overrides them; the rule
    # reads them with ``ctx.config(CODE)``)
    config: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}), hash=False)
    source_veto: str = ""  # one of SOURCE_VETOES: what the English source can veto
    # a string setting's allowed values, where it has a fixed set (HI408's strictness)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}), hash=False)

    @property
    def family(self) -> str:
        return self.code[:3]

    @property
    def needs_source(self) -> bool:
        """Runs only on segments with an English source (and then on non-Hindi output too)."""
        return "src" in self.needs

    @property
    def severity_range(self) -> tuple[str, ...]:
        """The severities this rule can emit, mildest first (``severity`` is the usual one)."""
        from audit.core.model import SEVERITIES

        found = set(self.severities) | {self.severity}
        return tuple(s for s in SEVERITIES if s in found)

    @property
    def severity_label(self) -> str:
        """``major`` or ``minor–major``: what `audit rules` and the rule table show."""
        levels = self.severity_range
        return levels[0] if len(levels) == 1 else f"{levels[0]}–{levels[-1]}"

    def run(self, segment: Segment, ctx: CheckContext) -> list[Finding]:
        return list(self.func(segment, ctx))


REGISTRY: dict[str, Rule] = {}


def register(
    code: str,
    name: str,
    category: str,
    severity: str,
    summary: str,
    *,
    needs_source: bool = False,
    needs: Iterable[str] = (),
    partly_needs: Iterable[str] = (),
    partly_what: str = "",
    scope: str = "segment",
    examples: Iterable[tuple[str, str]] = (),
    default: bool = True,
    severities: Iterable[str] = (),
    config: Mapping[str, bool | int | float | str] | None = None,
    source_veto: str = "",
    choices: Mapping[str, Iterable[str]] | None = None,
) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check under ``code`` (e.g. ``HI101``). The function's docstring is its doc page.

    ``needs`` names what the rule reads besides the Hindi text (:data:`NEEDS`; ``needs_source=True``
    is short for ``needs={"src"}``); ``partly_needs`` names optional system data only a part of the
    rule reads (``partly_what`` says which part): without it the rest still runs; ``scope`` is one of :data:`SCOPES`. ``config`` declares the
    rule's tunable settings with their defaults (numbers, booleans, strings), like ruff's per-rule
    settings: the check reads them with ``ctx.config(code)``, ``[tool.audit.rules.CODE]`` overrides
    them, and ``{name}`` in the docstring is replaced by the default, so the docs cannot drift.
    ``source_veto`` (:data:`SOURCE_VETOES`) declares what a Hindi-only rule's finding stands for in
    English (its evidence ``english``): with the source, a finding whose English the source lacks
    is dropped (audit/rules/source/veto.py).
    ``choices`` lists the allowed values of a string setting.
    """
    wanted = frozenset(needs) | ({"src"} if needs_source else frozenset())
    if (wanted | frozenset(partly_needs)) - NEEDS:
        raise ValueError(f"rule {code}: unknown needs {sorted(wanted - NEEDS)}; choose from {sorted(NEEDS)}")
    if source_veto not in SOURCE_VETOES or (source_veto and "src" in wanted):
        raise ValueError(f"rule {code}: source_veto must be one of {SOURCE_VETOES} on a Hindi-only rule")
    if scope not in SCOPES:
        raise ValueError(f"rule {code}: scope must be one of {SCOPES}, not {scope!r}")
    settings = dict(config or {})
    for key, value in settings.items():
        if not key.isidentifier() or not isinstance(value, (bool, int, float, str)):
            raise ValueError(f"rule {code}: config {key!r} must be a name with a number, boolean or string")
    allowed = {key: tuple(vals) for key, vals in (choices or {}).items()}
    for key, vals in allowed.items():
        if settings.get(key) not in vals:
            raise ValueError(f"rule {code}: choices of {key!r} must include its default")

    def decorator(func: CheckFunc) -> CheckFunc:
        if code in REGISTRY:
            raise ValueError(f"rule code {code} registered twice")
        REGISTRY[code] = Rule(
            code=code,
            name=name,
            category=category,
            severity=severity,
            summary=summary,
            func=func,
            examples=tuple(examples),
            doc=_with_settings((func.__doc__ or "").strip(), settings),
            default=default,
            scope=scope,
            needs=wanted,
            partly_needs=frozenset(partly_needs),
            partly_what=partly_what,
            severities=tuple(severities),
            config=MappingProxyType(settings),
            source_veto=source_veto,
            choices=MappingProxyType(allowed),
        )
        return func

    return decorator


def _with_settings(doc: str, settings: Mapping[str, Any]) -> str:
    """The docstring with ``{name}`` of each declared setting replaced by its default."""
    for key, value in settings.items():
        doc = doc.replace("{" + key + "}", str(value))
    return doc


def _type_name(value: Any) -> str:
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, (int, float)):
        return "a whole number" if isinstance(value, int) else "a number"
    return "a string"


def validate_rule_config(overrides: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The user's ``[tool.audit.rules.CODE]`` tables checked against the rules' declared settings.

    Returns ``{CODE: {setting: value}}`` (codes upper-case, integers given for a number
    setting made floats); raises ValueError with one line for an unknown rule or setting or a
    value of the wrong type.
    """
    load_all_checks()
    checked: dict[str, dict[str, Any]] = {}
    if not isinstance(overrides, Mapping):
        raise ValueError("rules must be a table of [rules.CODE] tables of settings")
    for raw_code, table in overrides.items():
        code = str(raw_code).upper()
        where = f"[tool.audit.rules.{raw_code}]"
        rule = REGISTRY.get(code)
        if rule is None:
            raise ValueError(f"{where}: no rule {raw_code!r} (`audit rules` lists them)")
        if not isinstance(table, Mapping):
            raise ValueError(f"{where} must be a table of settings, got {table!r:.60}")
        if not rule.config and table:
            raise ValueError(f"{where}: {code} has no settings")
        out: dict[str, Any] = {}
        for key, value in table.items():
            if key not in rule.config:
                raise ValueError(
                    f"{where}: unknown setting {key!r}; {code}'s settings: {', '.join(sorted(rule.config))}"
                )
            default = rule.config[key]
            number = isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool)
            if not number and type(value) is not type(default):
                raise ValueError(
                    f"{where}: {key} must be {_type_name(default)} (default {default!r}), got {value!r:.60}"
                )
            if key in rule.choices and value not in rule.choices[key]:
                raise ValueError(
                    f"{where}: {key} must be one of {', '.join(map(repr, rule.choices[key]))}, got {value!r:.60}"
                )
            out[key] = float(value) if number else value
        if out:
            checked[code] = out
    return checked


def toml_value(value: Any) -> str:
    """A setting's value as written in TOML (``true``, ``3.5``, ``"x"``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    return repr(value)


def settings_markdown(rule: Rule) -> str:
    """The rule's settings with their defaults, as a TOML block to copy (empty when it has none)."""
    if not rule.config:
        return ""
    lines = [
        f"{key} = {toml_value(value)}"
        + (f"  # {' | '.join(map(toml_value, rule.choices[key]))}" if key in rule.choices else "")
        for key, value in rule.config.items()
    ]
    return "```toml\n[tool.audit.rules." + rule.code + "]\n" + "\n".join(lines) + "\n```"


def make_finding(
    rule_code: str,
    text: str,
    start: int,
    end: int,
    message: str,
    *,
    suggestion: str | None = None,
    severity: str | None = None,
    category: str | None = None,
    **evidence: Any,
) -> Finding:
    """Build a finding for ``text[start:end]`` with the rule's defaults."""
    rule = REGISTRY[rule_code]
    return Finding(
        code=rule_code,
        category=category or rule.category,
        severity=severity or rule.severity,
        start=start,
        end=end,
        span=text[start:end],
        message=message,
        suggestion=suggestion,
        evidence=evidence,
    )


def selected_rules(select: Iterable[str] | None = None, ignore: Iterable[str] | None = None) -> list[Rule]:
    """Rules whose code starts with any ``select`` prefix and with no ``ignore`` prefix (ruff-style).

    Opt-in rules (``default=False``) run only when ``select`` names their full code or ``ALL``.
    """
    load_all_checks()
    if isinstance(select, str) or isinstance(ignore, str):
        raise ValueError("select and ignore take a list of rule codes or prefixes, e.g. ['HI1', 'HI201']")
    sel = [s.strip().upper() for s in (select or []) if s.strip()] or ["HI"]
    ign = [s.strip().upper() for s in (ignore or []) if s.strip()]
    validate_selectors(sel, "select")
    validate_selectors(ign, "ignore")

    def chosen(rule: Rule) -> bool:
        if "ALL" in sel:
            return True
        if not rule.default:
            return rule.code in sel
        return any(rule.code.startswith(s) for s in sel)

    return [
        rule
        for code, rule in sorted(REGISTRY.items())
        if chosen(rule) and not any(code.startswith(i) for i in ign)
    ]


def families() -> list[str]:
    """The rule families (``HI1`` … ) of the registered rules, in order."""
    load_all_checks()
    return sorted({code[:3] for code in REGISTRY})


def validate_selectors(selectors: Iterable[str], option: str) -> None:
    """Raise ValueError for a selector that names no rule (a typo would silently run zero rules)."""
    load_all_checks()
    bad = [s for s in selectors if s != "ALL" and not any(code.startswith(s) for code in REGISTRY)]
    if bad:
        raise ValueError(
            f"unknown rule code or prefix in {option}: {', '.join(bad)} (`audit rules` lists the rules)"
        )


def iter_rules() -> Iterator[Rule]:
    load_all_checks()
    yield from (REGISTRY[c] for c in sorted(REGISTRY))


def load_all_checks() -> None:
    """Import every rule module (``audit/rules/**``) so its rules register themselves."""
    for mod in pkgutil.walk_packages(rules_pkg.__path__, prefix="audit.rules."):
        if mod.name != __name__ and not mod.name.rsplit(".", 1)[-1].startswith("_"):
            importlib.import_module(mod.name)


def rules_markdown() -> str:
    """The rule table of ``docs/rules/README.md`` (kept in sync by a test)."""
    lines = [
        "# Rules",
        "",
        "Generated by `audit rules --markdown` from the registry; `audit rules CODE` shows a rule's",
        "documentation and its tested examples. Opt-in rules run only when selected by full code.",
        "",
        "| code | name | category | severity | summary |",
        "|---|---|---|---|---|",
    ]
    for r in iter_rules():
        wants = [w for w, on in (("`src`", r.needs_source), ("`--glossary`", "glossary" in r.needs)) if on]
        summary = r.summary.replace("|", "\\|") + (f" (needs {' and '.join(wants)})" if wants else "")
        summary += "" if r.default else " **opt-in**"
        lines.append(f"| {r.code} | {r.name} | {r.category} | {r.severity_label} | {summary} |")
    lines += [
        "",
        "Family pages: [literal.md](literal.md) (HI2xx lexicon format), [script.md](script.md) (HI4xx),",
        "[source.md](source.md) (HI5xx), [glossary.md](glossary.md) (HI8xx, a user's glossary); names (HI1xx),",
        "repetition (HI3xx), grammar (HI7xx) and round-trip evidence (HI6xx, see [../roundtrip.md](../roundtrip.md))",
        "are documented in their rules' docstrings.",
        "",
        "Every rule also has a page with fixed sections (what it finds, why it is wrong, example with the",
        "reported span marked, use instead) in [codes/](codes/), built by `python scripts/build_rule_docs.py`.",
        "",
        "**Message language.** Finding messages are English by default and Hindi with `--lang hi`; every rule",
        "has both in `audit/data/messages.toml`. Suggestions are always Hindi (they are the text to write);",
        "rule names, summaries and these pages are English.",
        "",
    ]
    return "\n".join(lines)


def skipped_note(rules: Iterable[Rule]) -> str | None:
    """One line naming the selected rules (or parts of rules) that cannot run for missing system
    data, or None."""
    from audit.lang.engdict import missing_resources

    missing: dict[str, list[str]] = {}
    partly: dict[str, list[str]] = {}
    for rule in rules:
        hows = missing_resources(rule.needs)
        for how in hows:
            missing.setdefault(how, []).append(rule.code)
        lacking = missing_resources(rule.partly_needs)
        if lacking and not hows:
            partly.setdefault(" and ".join(lacking), []).append(f"{rule.code} ({rule.partly_what or 'part'})")
    notes = [f"skipped {', '.join(sorted(codes))}: no {how}" for how, codes in missing.items()]
    notes += [f"partly skipped {', '.join(sorted(what))}: no {how}" for how, what in partly.items()]
    return "; ".join(notes) or None
