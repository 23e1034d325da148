"""Per-rule settings: a rule declares tunable ``config`` defaults, ``[tool.audit.rules.CODE]``
overrides them (validated), the docs show the defaults, and caches/fingerprints see overrides."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.core.io import Columns
from audit.core.model import Segment
from audit.dev.rule_docs import rule_page
from audit.pipeline.auditor import Auditor
from audit.pipeline.batch import run_fingerprint
from audit.rules.registry import REGISTRY, CheckContext, iter_rules, toml_value, validate_rule_config

runner = CliRunner()
LATIN = "सरकार ने इस योजना के लिए नया budget तय किया है।"  # HI403's example
GLUED = "बैठक में व्यापार और सुरक्षासमझौते पर चर्चा हुई।"  # HI402's example


def _codes(results) -> list[str]:
    return [f.code for r in results for f in r.findings]


def test_rules_declare_settings_that_their_docs_show() -> None:
    with_config = [r for r in iter_rules() if r.config]
    assert {"HI401", "HI402", "HI403", "HI506", "HI507", "HI601", "HI603"} <= {r.code for r in with_config}
    for rule in iter_rules():
        for key in rule.config:
            assert "{" + key + "}" not in rule.doc, (rule.code, key)  # placeholders filled
        if rule.config:
            page = rule_page(rule)
            assert f"[tool.audit.rules.{rule.code}]" in page
            for key, value in rule.config.items():
                assert f"{key} = {toml_value(value)}" in page, (rule.code, key)
    # the docstring's numbers are the declared defaults (they once said 0.6 where the code had 0.75)
    hi401 = REGISTRY["HI401"]
    assert f"similarity ≥ {hi401.config['min_similarity']}" in hi401.doc


def test_an_override_changes_a_finding() -> None:
    assert _codes(Auditor(select=["HI403"]).check([LATIN])) == ["HI403"]
    stricter = Auditor(select=["HI403"], rule_config={"HI403": {"min_zipf_en": 7}})
    assert _codes(stricter.check([LATIN])) == []
    assert _codes(Auditor(select=["HI402"]).check([GLUED])) == ["HI402"]
    assert (
        _codes(Auditor(select=["HI402"], rule_config={"hi402": {"min_part_zipf": 6.5}}).check([GLUED])) == []
    )


def test_an_override_can_loosen_a_rule() -> None:
    src = (
        "The committee passed the new budget for schools, hospitals and roads on Friday after a long debate."
    )
    mt = "समिति ने स्कूलों, अस्पतालों और सड़कों के लिए नया बजट पास किया।"
    assert "HI506" not in _codes(Auditor(select=["HI506"]).check([mt], sources=[src]))
    loose = Auditor(select=["HI506"], rule_config={"HI506": {"min_ratio": 0.95}})
    assert "HI506" in _codes(loose.check([mt], sources=[src]))


def test_context_merges_defaults_and_overrides() -> None:
    ctx = CheckContext(document=[Segment(doc="d", index=1, text="x")])
    assert ctx.config("HI401") == REGISTRY["HI401"].config
    ctx = CheckContext(rule_config={"HI401": {"min_similarity": 0.9}})
    assert ctx.config("HI401")["min_similarity"] == 0.9
    assert ctx.config("HI401")["max_zipf_hi"] == REGISTRY["HI401"].config["max_zipf_hi"]


@pytest.mark.parametrize(
    "table, message",
    [
        ({"HI999": {"x": 1}}, "no rule 'HI999'"),
        ({"HI401": {"min_zipf": 3.0}}, "unknown setting 'min_zipf'; HI401's settings: max_zipf_hi"),
        ({"HI401": {"min_similarity": "high"}}, "min_similarity must be a number (default 0.75)"),
        ({"HI401": {"min_similarity": True}}, "min_similarity must be a number"),
        ({"HI404": {"x": 1}}, "HI404 has no settings"),
        ({"HI401": 3}, "must be a table of settings"),
    ],
)
def test_bad_overrides_are_refused(table, message) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        validate_rule_config(table)


def _check(tmp_path: Path, toml: str, *paths: Path):
    cfg = tmp_path / "audit.toml"
    cfg.write_text(toml, encoding="utf-8")
    return runner.invoke(app, ["check", *map(str, paths), "--format", "jsonl", "--config", str(cfg)])


def test_cli_reads_overrides_from_the_config(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(LATIN + "\n", encoding="utf-8")
    r = _check(tmp_path, "[rules.HI403]\nmin_zipf_en = 3.0\n", doc)
    assert r.exit_code == 0, r.output
    assert [f["code"] for f in json.loads(r.stdout)["findings"]] == ["HI403"]
    r = _check(tmp_path, "[tool.audit.rules.HI403]\nmin_zipf_en = 7.0\n", doc)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["findings"] == []


@pytest.mark.parametrize(
    "toml, message",
    [
        ("[rules.HI401]\nmin_zipf = 3.0\n", "unknown setting 'min_zipf'"),
        ("[rules.HI4O1]\nmin_similarity = 0.5\n", "no rule 'HI4O1'"),
        ('[rules.HI401]\nmin_similarity = "0.5"\n', "min_similarity must be a number"),
        ("rules = 3\n", "setting 'rules' must be a table"),
    ],
)
def test_cli_bad_override_is_one_line_exit_2(tmp_path: Path, toml: str, message: str) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(LATIN + "\n", encoding="utf-8")
    r = _check(tmp_path, toml, doc)
    assert r.exit_code == 2
    lines = [line for line in r.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], r.output
    assert "audit.toml" in lines[0]


def test_result_cache_and_resume_fingerprint_see_overrides(tmp_path: Path) -> None:
    cached = Auditor(select=["HI403"], cache=True, cache_dir=tmp_path)
    assert _codes(cached.check([LATIN])) == ["HI403"]
    over = Auditor(
        select=["HI403"], cache=True, cache_dir=tmp_path, rule_config={"HI403": {"min_zipf_en": 7.0}}
    )
    assert _codes(over.check([LATIN])) == []  # not the cached result of the default settings
    assert over.result_cache is not None and over.result_cache.hits == 0
    base = {"select": ["HI403"], "threshold": None}
    plain = run_fingerprint(base, Columns(), None)["fingerprint"]
    changed = run_fingerprint({**base, "rule_config": {"HI403": {"min_zipf_en": 7.0}}}, Columns(), None)
    assert plain != changed["fingerprint"]


def test_rules_command_shows_settings() -> None:
    r = runner.invoke(app, ["rules", "HI401"])
    assert r.exit_code == 0 and "tool.audit.rules.HI401" in r.output and "min_similarity" in r.output
