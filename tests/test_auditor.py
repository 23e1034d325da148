from __future__ import annotations

import pandas as pd
import pytest

from audit import Auditor
from audit.core.config import load_settings
from audit.core.io import InputError
from audit.rules.registry import REGISTRY, register, selected_rules


def test_check_returns_one_result_per_text():
    auditor = Auditor(select=["HI3"])
    results = auditor.check(["यह ठीक वाक्य है।", "बैठक में निराशा और निराशा दिखी।"], ids=["a", "b"])
    assert [r.segment.id for r in results] == ["a", "b"]
    assert not results[0].findings and results[1].findings
    assert results[1].flagged and results[1].risk > results[0].risk


def test_check_frame_adds_columns():
    df = pd.DataFrame({"hindi": ["यह ठीक वाक्य है।", "बैठक में निराशा और निराशा दिखी।"]})
    out = Auditor().check_frame(df, mt="hindi")
    assert list(out.columns) == ["hindi", "risk", "flagged", "n_findings", "codes"]
    assert out["flagged"].tolist() == [False, True] and "HI301" in out["codes"][1]


def test_mismatched_lengths_raise():
    with pytest.raises(ValueError, match="sources has 1 items but texts has 2"):
        Auditor().check(["क", "ख"], sources=["a"])


def test_select_prefixes_and_opt_in_rules():
    codes = {r.code for r in selected_rules(None, None)}
    assert "HI101" in codes and "HI407" not in codes  # opt-in rules need their full code
    assert "HI407" in {r.code for r in selected_rules(["HI407"], None)}
    assert "HI407" in {r.code for r in selected_rules(["ALL"], None)}
    assert not any(c.startswith("HI2") for c in (r.code for r in selected_rules(None, ["HI2"])))


def test_broken_rule_becomes_a_warning_not_a_crash(monkeypatch):
    @register(code="HI999", name="always-breaks", category="test", severity="minor", summary="test only")
    def broken(segment, ctx):
        """Raises."""
        raise RuntimeError("boom")

    try:
        (result,) = Auditor(select=["HI999"]).check(["कुछ भी।"])
        assert "rule HI999 failed" in result.segment.warnings[0] and "boom" in result.segment.warnings[0]
    finally:
        REGISTRY.pop("HI999")


def test_non_hindi_segments_are_kept_not_checked():
    (result,) = Auditor().check(["Latest Posts from our website"])
    assert result.segment.lang == "en" and not result.findings and result.risk == 0.0


def test_settings_from_pyproject(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.audit]\nselect = ["HI1"]\nfail-on = "major"\n', encoding="utf-8"
    )
    sub = tmp_path / "pkg"
    sub.mkdir()
    settings = load_settings(start=sub)
    assert settings.select == ["HI1"] and settings.fail_on == "major"
    (tmp_path / "audit.toml").write_text("threshold = 0.7\n", encoding="utf-8")
    assert load_settings(start=sub).threshold == 0.7  # audit.toml wins in the same folder
    (tmp_path / "audit.toml").write_text("threshold = [\n", encoding="utf-8")
    with pytest.raises(InputError, match="invalid TOML"):
        load_settings(start=sub)


def test_result_cache_gives_the_same_results_and_invalidates(tmp_path):
    texts = ["बैठक में निराशा और निराशा दिखी।", "यह ठीक वाक्य है।"]
    first = Auditor(cache=True, cache_dir=tmp_path).check(texts)
    again = Auditor(cache=True, cache_dir=tmp_path)
    second = again.check(texts)
    assert again.result_cache.hits == 1
    assert [r.to_record() for r in second] == [r.to_record() for r in first]
    other = Auditor(select=["HI2"], cache=True, cache_dir=tmp_path)
    other.check(texts)
    assert other.result_cache.hits == 0  # other rules, other key
    changed = Auditor(cache=True, cache_dir=tmp_path)
    changed.check(texts[:1] + ["यह भी ठीक वाक्य है।"])
    assert changed.result_cache.hits == 0  # other text, other key


def test_result_cache_misses_after_a_code_change(tmp_path, monkeypatch):
    from audit.pipeline import result_cache

    texts = ["बैठक में निराशा और निराशा दिखी।"]
    Auditor(cache=True, cache_dir=tmp_path).check(texts)
    same = Auditor(cache=True, cache_dir=tmp_path)
    same.check(texts)
    assert same.result_cache.hits == 1
    monkeypatch.setattr(result_cache, "package_fingerprint", lambda: "an edited rule")
    edited = Auditor(cache=True, cache_dir=tmp_path)
    edited.check(texts)
    assert edited.result_cache.hits == 0  # same version string, other code: a fresh run
