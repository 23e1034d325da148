"""The pytest plugin (mt_audit fixture, marker, baselines), driven through pytester."""

from __future__ import annotations

import importlib.metadata

import pytest

from audit.core.model import severity_rank
from audit.pytest_plugin import MTAudit
from audit.rules.registry import load_all_checks

pytest_plugins = ("pytester",)
# Import every check now: pytester restores sys.modules after each inner run, and a check
# module imported for the first time inside one would register its rules a second time.
load_all_checks()

# Sentences written for these tests: one with a name calqued into words, one with a loop.
CALQUE = "उत्तर कोरिया के नेता किम जोंग संयुक्त राष्ट्र ने कल एक भाषण दिया।"
LOOP = "बैठक के बाद दोनों पक्षों ने निराशा और निराशा जताई।"
CLEAN = "हमने कल शाम को पार्क में लंबी सैर की।"


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """An inner pytest run with only this plugin (other installed plugins just cost start-up time)."""
    return pytester.runpytest(
        "-p", "no:cacheprovider", "-p", "no:hypothesispytest", "-p", "no:benchmark", "-p", "no:anyio", *args
    )


def _major(text: str) -> list:
    """Findings above minor, from the plugin's own (cached) auditor, which the inner runs reuse."""
    findings = MTAudit().auditor.check([text])[0].findings
    return [f for f in findings if severity_rank(f.severity) > severity_rank("minor")]


def test_plugin_is_registered_as_pytest11_entry_point() -> None:
    eps = importlib.metadata.entry_points(group="pytest11")
    assert any(ep.value == "audit.pytest_plugin" for ep in eps)


def test_check_passes_clean_output(pytester: pytest.Pytester) -> None:
    assert not _major(CLEAN)
    pytester.makepyfile(f"""
        def test_mt(mt_audit):
            results = mt_audit.check([{CLEAN!r}], max_severity="minor")
            assert len(results) == 1
    """)
    _run(pytester).assert_outcomes(passed=1)


def test_check_failure_lists_offending_spans(pytester: pytest.Pytester) -> None:
    bad = _major(CALQUE) + _major(LOOP)
    assert bad, "the checks should find the calqued name or the loop"
    pytester.makepyfile(f"""
        def test_mt(mt_audit):
            mt_audit.check([{CLEAN!r}, {CALQUE!r}, {LOOP!r}], sources=None, max_severity="minor")
    """)
    res = _run(pytester)
    res.assert_outcomes(failed=1)
    out = res.stdout.str()
    assert "mt_audit:" in out and "findings up to 'minor' allowed" in out
    for f in bad:
        assert f"{f.code} {f.severity} «{f.span}»" in out
        assert f"⟦{f.span}⟧" in out  # the span shown in context
    assert "Traceback" not in out
    # outputs are numbered from 1, the same way check_baseline numbers them
    assert "  [2] risk=" in out and "  [3] risk=" in out and "[0]" not in out and "mt_audit#" not in out


def test_marker_selects_rules(pytester: pytest.Pytester) -> None:
    codes = {f.code for f in _major(CALQUE)}
    assert codes
    ignore = sorted({c[:3] for c in codes})
    pytester.makepyfile(f"""
        import pytest

        @pytest.mark.mt_audit(ignore={ignore!r})
        def test_ignored(mt_audit):
            mt_audit.check([{CALQUE!r}], max_severity="minor")

        @pytest.mark.mt_audit(max_severity="critical")
        def test_tolerant(mt_audit):
            mt_audit.check([{CALQUE!r}])

        def test_strict(mt_audit):
            mt_audit.check([{CALQUE!r}], max_severity=None)
    """)
    res = _run(pytester)
    res.assert_outcomes(passed=2, failed=1)
    assert "no findings allowed" in res.stdout.str()


def test_baseline_is_created_deliberately_and_guards_regressions(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _major(LOOP)
    pytester.makepyfile(
        test_pipe=f"""
        import os

        def test_pipeline(mt_audit):
            outputs = [{CLEAN!r}, {LOOP!r} if os.environ.get("MT_WORSE") else "बैठक के बाद दोनों पक्षों ने निराशा जताई।"]
            mt_audit.check_baseline(outputs, "mt_baseline.jsonl")
    """
    )
    missing = _run(pytester)
    missing.assert_outcomes(failed=1)
    assert "--mt-audit-update-baseline" in missing.stdout.str()
    _run(pytester, "--mt-audit-update-baseline").assert_outcomes(passed=1)
    assert (pytester.path / "mt_baseline.jsonl").exists()
    _run(pytester).assert_outcomes(passed=1)
    monkeypatch.setenv("MT_WORSE", "1")
    worse = _run(pytester)
    worse.assert_outcomes(failed=1)
    out = worse.stdout.str()
    assert "regression against" in out and "max-new major" in out
    assert "  [2] risk " in out  # the second output, numbered as check numbers it
    assert any(f"«{f.span}»" in out for f in _major(LOOP))


def test_glossary_from_marker_and_ini(pytester: pytest.Pytester) -> None:
    pytester.makefile(".csv", terms="english,hindi,forbidden\nfund,निधि,फंड\n")
    pytester.makeini("[pytest]\nmt_audit_glossary = terms.csv\n")
    pytester.makepyfile("""
        import pytest

        def test_ini(mt_audit):
            mt_audit.check(["यह फंड किसानों की मदद करेगा।"], sources=["The fund will help farmers."],
                           max_severity="minor")

        @pytest.mark.mt_audit(glossary="terms.csv", select=["HI8"])
        def test_marker(mt_audit):
            mt_audit.check(["यह निधि किसानों की मदद करेगी।"], sources=["The fund will help farmers."],
                           max_severity=None)
    """)
    res = _run(pytester)
    res.assert_outcomes(passed=1, failed=1)
    assert "HI802 major «फंड»" in res.stdout.str()
