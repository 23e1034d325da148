"""Terminal tables that never cut the names a user must type (rule codes, model names, ids).

On a terminal, rich fits a table to the window; the columns made with :func:`name_column` keep
their full width (long values fold onto a second line rather than end in "…"). When the output
is not a terminal (piped, redirected, captured) the console is as wide as the table needs, so
every line carries every value in full, whatever ``$COLUMNS`` says.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

PIPE_WIDTH = 100_000  # "unlimited": a table is only as wide as its content


def console(stderr: bool = False, **kwargs: Any) -> Any:
    from rich.console import Console

    con = Console(stderr=stderr, **kwargs)
    if not con.is_terminal:
        con = Console(stderr=stderr, width=PIPE_WIDTH, soft_wrap=True, **kwargs)
    return con


def name_column(table: Any, header: str, values: Iterable[str], **kwargs: Any) -> None:
    """Add a column whose values are never truncated (min width = the longest value)."""
    longest = max([len(header), *(len(str(v)) for v in values)])
    table.add_column(header, min_width=min(longest, 60), overflow="fold", **kwargs)
