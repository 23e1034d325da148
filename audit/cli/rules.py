"""`audit rules`: the rule table, or one rule's documentation and examples."""

from __future__ import annotations

import inspect
from typing import Annotated

import typer

from audit.cli.options import err
from audit.rules.registry import REGISTRY, iter_rules, rules_markdown, settings_markdown


def rules(
    code: Annotated[
        str | None, typer.Argument(help="A rule code (e.g. HI101) to show its documentation.")
    ] = None,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the rule table as Markdown (docs/rules/README.md).")
    ] = False,
) -> None:
    """List the rules, or show one rule's documentation and examples.

    Examples:

      audit rules

      audit rules HI101
    """
    from rich.markdown import Markdown
    from rich.markup import escape
    from rich.table import Table

    from audit.outputs.tables import console as table_console
    from audit.outputs.tables import name_column

    if markdown:
        typer.echo(rules_markdown(), nl=False)
        return
    console = table_console()
    all_rules = list(iter_rules())
    if code is None:
        table = Table(title=f"{len(all_rules)} rules")
        name_column(table, "code", [r.code for r in all_rules], no_wrap=True)
        name_column(table, "name", [r.name for r in all_rules])
        table.add_column("category")
        name_column(table, "severity", [r.severity_label for r in all_rules], no_wrap=True)
        table.add_column("summary")
        for r in all_rules:
            table.add_row(
                r.code,
                r.name,
                r.category,
                r.severity_label,
                escape(
                    r.summary
                    + (" (needs src)" if r.needs_source else "")
                    + (" (needs --glossary)" if "glossary" in r.needs else "")
                ),
            )
        console.print(table)
        console.print(
            "severity: the range of MQM severities a rule's findings can have (its usual one is the "
            "first in `audit rules --markdown`'s table)",
            style="dim",
            markup=False,
            highlight=False,
        )
        return
    rule = REGISTRY.get(code.upper())
    if rule is None:
        raise err(f"unknown rule {code!r}; `audit rules` lists them")
    header = (
        f"# {rule.code} {rule.name}\n\n*{rule.category}* · severity **{rule.severity_label}**"
        f"{' · needs the English source' if rule.needs_source else ''}"
        f"{' · needs a glossary (--glossary)' if 'glossary' in rule.needs else ''}\n\n{rule.summary}\n"
    )
    body = inspect.cleandoc(rule.doc or "")  # docstring indentation would read as a Markdown code block
    if rule.examples:
        body += "\n\n## Examples\n\n" + "\n".join(f"- ✗ {bad}\n- ✓ {good}" for bad, good in rule.examples)
    if rule.config:
        body += "\n\n## Settings (defaults)\n\n" + settings_markdown(rule)
    from rich.console import Console

    doc_console = (
        Console() if console.is_terminal else Console(width=100)
    )  # prose wraps; names are in the title
    doc_console.print(Markdown(header + "\n" + body))
