"""`audit report`: the HTML report from saved JSONL results."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Annotated

import typer

from audit import __version__
from audit.cli.options import INPUT_ERRORS, DecisionsOpt, LangOpt, err, message_lang
from audit.core.config import load_settings
from audit.core.io import InputError, read_jsonl_records
from audit.core.output_paths import check_output_paths
from audit.core.records import result_record
from audit.core.terminal import printable
from audit.outputs.messages import localize_records
from audit.outputs.report.decisions import apply_decisions, load_decisions


def report(
    results: Annotated[Path, typer.Argument(help="Results saved by `audit check --format jsonl`.")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path(
        "reports/audit.html"
    ),
    decisions: DecisionsOpt = None,
    lang: LangOpt = None,
) -> None:
    """Write the HTML report from saved JSONL results.

    Examples:

      audit check seeds/ --format jsonl -o out.jsonl && audit report out.jsonl -o reports/out.html

      audit report out.jsonl --decisions reviewed.json --lang hi -o reports/out-hi.html
    """
    applied = None
    try:
        records = [result_record(results, lineno, rec) for lineno, rec in read_jsonl_records(results)]
        if not records:
            raise InputError(f"{results}: no records")
        check_output_paths([("-o", output)], [results] + ([decisions] if decisions else []))
        if decisions is not None:
            decided = load_decisions(decisions)
            applied = (apply_decisions(records, decided), len(decided))
        language = message_lang(lang, load_settings())
        localize_records(records, language)
        meta = {
            "tool": "hindi-mt-audit",
            "version": __version__,
            "inputs": [str(results)],
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "lang": language,
        }
        from audit.outputs.report.render import write_report  # (jinja2: imported when a report is written)

        write_report(records, output, meta, lang=language)
    except INPUT_ERRORS as exc:
        raise err(str(exc)) from None
    if applied is not None:
        typer.echo(f"decisions: {applied[0]} of {applied[1]} applied from {printable(decisions)}")
    typer.echo(f"report: {printable(output)}")
