"""`audit calibrate` (developers): refit the risk model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from audit.cli.options import err
from audit.core.data import data_path
from audit.scoring.risk import RiskModel

# The weights shipped in the package (audit/data/risk_weights.json).
RISK_WEIGHTS = data_path("risk_weights.json")


def calibrate(
    train: Annotated[Path, typer.Option(help="IndicMT-Eval style JSONL to fit on.")] = Path(
        "../shared/data/indicmt_eval_hin_train.jsonl"
    ),
    val: Annotated[Path, typer.Option(help="JSONL to choose the threshold on.")] = Path(
        "../shared/data/indicmt_eval_hin_val.jsonl"
    ),
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Where to write the weights.")
    ] = RISK_WEIGHTS,
    which: Annotated[str, typer.Option("--model", help="hindi_only, with_source or all.")] = "all",
) -> None:
    """Refit the risk model (developers): ridge on MQM + Platt scaling, threshold on val.

    Example:

      audit calibrate --train ../shared/data/indicmt_eval_hin_train.jsonl -o audit/data/risk_weights.json
    """
    from audit.dev.calibrate import fit, write_models  # numpy: imported only for this command

    for p in (train, val):
        if not p.is_file():
            raise err(f"{p}: not found")
    models = {}
    if output.is_file():
        models = {
            k: RiskModel.from_json(v) for k, v in json.loads(output.read_text(encoding="utf-8")).items()
        }
    for name, with_source in (("hindi_only", False), ("with_source", True)):
        if which not in ("all", name):
            continue
        model, metrics = fit(train, val, with_source=with_source)
        models[name] = model
        typer.echo(f"{name}: {metrics}")
    write_models(models, output)
    typer.echo(f"wrote {output}")
