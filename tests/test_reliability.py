"""Regression tests for issue 11 (reliability): one named test per defect.

Each test names the defect it keeps fixed. Speed defects are checked by growth ratios (a
linear algorithm grows ~4x when the input grows 4x, the quadratic one ~16x), never by a
wall-clock limit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.core.io import InputError, read_inputs, read_table
from audit.pipeline.auditor import Auditor

ROOT = Path(__file__).resolve().parent.parent
HINDI = "उत्तर कोरिया के नेता किम जोंग उन ने कल भाषण दिया।"
HINDI2 = "बैठक के बाद दोनों पक्षों ने निराशा और निराशा जताई।"


def cli(*args: str):
    """Run the CLI in-process; a traceback (an exception other than SystemExit) fails the test."""
    result = CliRunner().invoke(app, [str(a) for a in args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        pytest.fail("traceback:\n" + "".join(traceback.format_exception(result.exception)))
    return result


def one_line_error(result, *needles: str) -> str:
    """Exit 2 with exactly one 'error:' line that contains every needle."""
    assert result.exit_code == 2, result.output
    lines = [ln for ln in result.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def growth(fn, small, large, repeat: int = 3) -> float:
    """Best-of time(large) / best-of time(small)."""

    def best(arg):
        times = []
        for _ in range(repeat):
            t0 = time.perf_counter()
            fn(arg)
            times.append(time.perf_counter() - t0)
        return min(times)

    return best(large) / max(best(small), 1e-4)


# ---- tables: ragged rows, TSV quoting, line numbers --------------------------------------------

def test_csv_ragged_row_is_an_error_naming_the_line(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f"id,mt\n1,{HINDI}\n2,{HINDI2},extra\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.csv:3: 3 cells but the header has 2"):
        read_table(path)


def test_tsv_trailing_tab_is_not_read_shifted(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text(f"id\tmt\nseg-1\t{HINDI}\t\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.tsv:2: 3 cells"):
        read_table(path)


def test_tsv_ragged_row_fails_the_cli_gate_with_exit_2(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text(f"id\tmt\nseg-1\t{HINDI}\t\n", encoding="utf-8")
    one_line_error(cli("check", path, "--format", "jsonl", "--fail-on", "minor"), "t.tsv:2")


def test_tsv_has_no_quoting(tmp_path):
    path = tmp_path / "t.tsv"
    path.write_text('id\tmt\n1\t"नमस्ते" उन्होंने कहा\n2\t"नमस्ते"\n', encoding="utf-8")
    texts = [s.text for s in read_table(path)]
    assert texts == ['"नमस्ते" उन्होंने कहा', '"नमस्ते"']


def test_csv_line_numbers_after_quoted_newlines(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text(f'id,mt\n1,"{HINDI}\nदूसरी पंक्ति"\n2,{HINDI2}\n3,"{HINDI}",x\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.csv:5: "):
        read_table(path)
    path.write_text(f'id,mt\n1,"{HINDI}\nदूसरी पंक्ति"\n2,"unterminated\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.csv:4: cannot parse as CSV"):
        read_table(path)


def test_csv_quoted_cells_keep_commas_and_quotes(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text('id,mt\n1,"कहा, ""नमस्ते"""\n', encoding="utf-8")
    assert [s.text for s in read_table(path)] == ['कहा, "नमस्ते"']


# ---- encodings, cells, duplicate and special files -----------------------------------------------

def test_utf16_without_bom_is_refused(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes((HINDI + "\n" + HINDI2 + "\n").encode("utf-16-le"))
    with pytest.raises(InputError, match="UTF-16 without a byte-order mark"):
        read_inputs([path])
    jsonl = tmp_path / "u.jsonl"
    jsonl.write_bytes(json.dumps({"mt": HINDI}, ensure_ascii=False).encode("utf-16-le"))
    one_line_error(cli("run", jsonl, "-o", tmp_path / "r.html", "--no-roundtrip"), "u.jsonl", "UTF-16")


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "u.txt"
    path.write_bytes((HINDI + "\n").encode("utf-16"))
    assert [s.text for s in read_inputs([path])] == [HINDI]


@pytest.mark.parametrize("cell", [["एक", "दो"], {"hi": "एक"}, True])
def test_list_and_object_cells_are_refused(tmp_path, cell):
    path = tmp_path / "t.jsonl"
    path.write_text(json.dumps({"mt": HINDI}, ensure_ascii=False) + "\n"
                    + json.dumps({"mt": cell}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"t\.jsonl:2: 'mt' is"):
        read_table(path)


def test_same_file_named_twice_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(HINDI + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="named twice"):
        read_inputs([path, path])
    with pytest.raises(InputError, match="named twice"):
        read_inputs([tmp_path, path])  # once through the directory
    link = tmp_path / "b.txt"
    os.link(path, link)  # a hard link is the same file
    with pytest.raises(InputError, match="named twice"):
        read_inputs([path, link])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_input_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    one_line_error(cli("check", fifo), "pipe.txt", "not a regular file")


def test_symlink_loop_in_a_directory_is_skipped(tmp_path):
    (tmp_path / "a.txt").write_text(HINDI + "\n", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path)
    (tmp_path / "x.txt").symlink_to(tmp_path / "y.txt")
    (tmp_path / "y.txt").symlink_to(tmp_path / "x.txt")
    assert [s.text for s in read_inputs([tmp_path])] == [HINDI]
    with pytest.raises(InputError, match="x.txt"):
        read_inputs([tmp_path / "x.txt"])


def test_deeply_nested_json_is_one_line_error(tmp_path):
    path = tmp_path / "deep.jsonl"
    path.write_text('{"mt": ' + "[" * 5000 + "]" * 5000 + "}\n", encoding="utf-8")
    one_line_error(cli("check", path), "deep.jsonl:1")


def test_huge_integer_is_one_line_error(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(json.dumps({"mt": HINDI}, ensure_ascii=False) + '\n{"mt": "x", "id": ' + "9" * 5000 + "}\n",
                    encoding="utf-8")
    one_line_error(cli("check", path), "big.jsonl:2")


def test_line_separators_in_text_survive_run_report_and_check(tmp_path):
    path = tmp_path / "in.jsonl"
    text = "पहला भाग\u2028दूसरा भाग\u2029तीसरा\x85भाग।"
    path.write_text(json.dumps({"id": "a", "mt": text}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert cli("check", path, "--format", "jsonl", "-o", out).exit_code == 0
    raw = out.read_text(encoding="utf-8")
    assert "\u2028" not in raw and "\u2029" not in raw and "\x85" not in raw
    assert [json.loads(line)["mt"] for line in raw.splitlines()] == [text]
    # read what you write: report and regress accept the output
    assert cli("report", out, "-o", tmp_path / "r.html").exit_code == 0
    raw_separators = tmp_path / "raw.jsonl"  # another tool may write them raw: still one record
    raw_separators.write_text(json.dumps({"id": "a", "mt": text, "findings": []}, ensure_ascii=False) + "\n",
                              encoding="utf-8")
    assert cli("report", raw_separators, "-o", tmp_path / "r2.html").exit_code == 0


# ---- runaway time -------------------------------------------------------------------------------

def test_sentence_splitting_is_linear_on_many_full_stops():
    from audit.core.segment import split_sentences

    ratio = growth(split_sentences, "a. " * 5_000, "a. " * 20_000)
    assert ratio < 9, f"4x the input took {ratio:.1f}x the time (quadratic would be ~16x)"


@pytest.mark.parametrize("unit", ["क", "कि", "ग\u0301", "क\u093f"], ids=["letters", "syllables", "marks", "signs"])
def test_long_words_and_mark_runs_are_linear(unit):
    auditor = Auditor()
    auditor.check(["यह ठीक वाक्य है।"])  # load resources outside the timing
    counter = iter(range(10**6))

    def audit(n):  # a fresh text each time so no cache answers
        auditor.check([unit * n + "ख" * next(counter) + " ने गया।"])

    ratio = growth(audit, 2_000, 8_000, repeat=2)
    assert ratio < 9, f"4x the input took {ratio:.1f}x the time (quadratic would be ~16x)"


# ---- Python API and selectors ------------------------------------------------------------------

def test_check_rejects_none_and_numbers():
    auditor = Auditor(select=["HI3"])
    with pytest.raises(ValueError, match=r"texts\[0\] is NoneType"):
        auditor.check([None])  # type: ignore[list-item]
    with pytest.raises(ValueError, match=r"texts\[1\] is int"):
        auditor.check(["ठीक है", 123])  # type: ignore[list-item]


def test_check_rejects_one_string():
    with pytest.raises(ValueError, match="not one string"):
        Auditor(select=["HI3"]).check("यह एक वाक्य है।")


def test_check_frame_nan_is_missing_not_text():
    pd = pytest.importorskip("pandas")
    frame = pd.DataFrame({"mt": [HINDI, float("nan")], "src": [float("nan"), "The leader spoke."]})
    out = Auditor(select=["HI3"]).check_frame(frame, src="src")
    assert list(out["n_findings"]) == [0, 0]
    results = Auditor(select=["HI3"]).check([HINDI, ""], sources=[None, "The leader spoke."])
    assert [r.segment.text for r in results] == [HINDI, ""]


def test_auditor_rejects_unknown_selectors_and_threshold():
    with pytest.raises(ValueError, match="unknown rule code or prefix in select: NOPE"):
        Auditor(select=["NOPE"])
    with pytest.raises(ValueError, match="in ignore: HI99"):
        Auditor(ignore=["HI99"])
    with pytest.raises(ValueError, match="threshold"):
        Auditor(threshold=5)


def test_pytest_plugin_rejects_a_typo_in_select():
    from audit.pytest_plugin import MTAudit

    with pytest.raises(ValueError, match="HI1O1"):
        MTAudit(select=["HI1O1"])


@pytest.mark.parametrize("args", [["--ignore", "E501"], ["--select", "HI101,HI99"]])
def test_cli_unknown_selector_is_exit_2(tmp_path, args):
    path = tmp_path / "a.txt"
    path.write_text(HINDI + "\n", encoding="utf-8")
    one_line_error(cli("check", path, *args), "unknown rule code")


# ---- configuration -----------------------------------------------------------------------------

@pytest.mark.parametrize("body,needle", [
    ("select = [\n", "invalid TOML"),
    ("threshold = 'high'\n", "threshold"),
    ("select = 7\n", "select"),
    ("fail-on = 'sometimes'\n", "fail-on"),
    ("tool = 3\n", "unknown"),
])
def test_malformed_or_wrongly_typed_config_is_exit_2(tmp_path, body, needle):
    config = tmp_path / "audit.toml"
    config.write_text(body, encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text(HINDI + "\n", encoding="utf-8")
    one_line_error(cli("check", path, "--config", config), "audit.toml", needle)


# ---- stdin -------------------------------------------------------------------------------------

def test_dash_reads_stdin(tmp_path):
    result = CliRunner().invoke(app, ["check", "-", "--format", "jsonl"], input=HINDI + "\n")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["doc"] for line in result.stdout.splitlines()] == ["<stdin>"]


def test_subprocess_entry_point_has_no_traceback(tmp_path):
    """The real console path (not CliRunner): a bad table is one line on stderr, exit 2."""
    path = tmp_path / "bad.csv"
    path.write_text("id,mt\n1,a,b\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "audit.cli", "check", str(path)], capture_output=True, text=True,
                          cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "bad.csv:2" in proc.stderr
