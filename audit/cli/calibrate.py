"""`audit calibrate` (developers): refit the risk model."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from audit.cli.options import err
from audit.core.data import data_path
from audit.scoring.risk import RiskModel

# The weights shipped in the package (audit/data/risk_weights.json).
RISK_WEIGHTS = data_path("risk_weights.json")


def _echo_fit(name: str, metrics: dict[str, Any]) -> None:
    single = metrics.pop("single_signal_tau", {})
    steps = metrics.pop("selection", [])
    typer.echo(f"{name}: {metrics}")
    typer.echo(
        "  forward selection (grouped CV τ on train): "
        + ", ".join(f"{s['added']} {s['cv_tau']}" for s in steps)
    )
    typer.echo(f"  {'single signal':24}{'CV train':>10}{'val':>8}")
    for sig, t in sorted(single.items(), key=lambda kv: -abs(kv[1]["cv_train"])):
        typer.echo(f"  {sig:24}{t['cv_train']:+10.3f}{t['val']:+8.3f}")


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
    """Refit the risk model (developers): features chosen by source-grouped 5-fold CV on train,
    ridge on MQM + Platt scaling, threshold on val. Prints CV and val Kendall τ and the τ of every
    single candidate signal (also stored in the model's ``meta``).

    Example:

      audit calibrate --train ../shared/data/indicmt_eval_hin_train.clean.jsonl
      --val ../shared/data/indicmt_eval_hin_val.clean.jsonl --model hindi_only -o audit/data/risk_weights.json
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
        _echo_fit(name, metrics)
    write_models(models, output)
    typer.echo(f"wrote {output}")
