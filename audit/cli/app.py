"""The `audit` command line: a thin layer over :class:`audit.Auditor`.

This module builds the typer app and mounts one module per command (``audit/cli/<command>.py``);
what the commands share (option types, the options object, the Auditor it builds) is in
:mod:`audit.cli.options`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from audit import __version__
from audit.cli import bench, calibrate, check, models, regress, report, rules, run
from audit.cli.options import pipe_closed
from audit.core.terminal import printable

app = typer.Typer(
    name="audit",
    help=(
        "Quality auditor for machine-translated Hindi.\n\n"
        "Flags likely mistranslations (calqued names, literal idioms, decoder loops, "
        "transliterated English, source mismatches), explains each, round-trips flagged "
        "text through an MT model, scores it and writes an HTML report.\n\n"
        "Examples:\n\n"
        "  audit run seeds/ -o reports/seeds.html\n\n"
        "  audit check seeds/000_b5cbbbd206f6dfd5.txt --format table\n\n"
        "  audit check data.csv --src-col english --format jsonl -o results.jsonl\n\n"
        "  audit rules HI101"
    ),
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


app.command()(check.check)
app.command()(run.run)
app.command()(report.report)
app.command()(rules.rules)
app.command(hidden=True)(calibrate.calibrate)  # developers: needs the IndicMT data (docs/quality.md)
app.add_typer(models.models_app, name="models", help="List, fetch and convert round-trip MT models.")
app.add_typer(models.cache_app, name="cache", help="Inspect or clear the translation/embedding cache.")
app.command("regress")(regress.regress_command)
app.add_typer(bench.bench_app, name="bench", help="Benchmarks: check throughput and round-trip backends.")


def version_callback(value: bool) -> None:
    if value:
        typer.echo(f"hindi-mt-audit {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=version_callback, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """Quality auditor for machine-translated Hindi."""


def main() -> None:
    """The console entry point: the app, plus the failures no command should print a traceback for."""
    try:
        app()
    except BrokenPipeError:
        raise SystemExit(pipe_closed().exit_code) from None
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        raise SystemExit(130) from None
    except OSError as exc:  # a disk or permission problem outside the commands' own handling
        where = f"{printable(exc.filename, one_line=True)}: " if exc.filename else ""
        print(f"error: {where}{exc.strerror or exc}", file=sys.stderr)
        raise SystemExit(2) from None


if __name__ == "__main__":
    main()
