"""`audit rules`: the rule table, or one rule's documentation and examples."""

from __future__ import annotations

from typing import Annotated

import typer

from audit.cli.options import err
from audit.rules.registry import REGISTRY, iter_rules, rules_markdown


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
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    if markdown:
        typer.echo(rules_markdown(), nl=False)
        return
    console = Console()
    all_rules = list(iter_rules())
    if code is None:
        table = Table(title=f"{len(all_rules)} rules")
        for col in ("code", "name", "category", "severity", "summary"):
            table.add_column(col)
        for r in all_rules:
            table.add_row(
                r.code,
                r.name,
                r.category,
                r.severity,
                escape(r.summary + (" (needs src)" if r.needs_source else "")),
            )
        console.print(table)
        return
    rule = REGISTRY.get(code.upper())
    if rule is None:
        raise err(f"unknown rule {code!r}; `audit rules` lists them")
    console.print(
        f"[bold]{rule.code}[/bold] {rule.name}  ({rule.category}, {rule.severity}"
        f"{', needs src' if rule.needs_source else ''})"
    )
    console.print(escape(rule.summary))
    if rule.doc:
        console.print()
        console.print(escape(rule.doc))
    if rule.examples:
        console.print("\n[bold]Examples[/bold]")
        for bad, good in rule.examples:
            console.print(f"  [red]✗[/red] {escape(bad)}")
            console.print(f"  [green]✓[/green] {escape(good)}")
