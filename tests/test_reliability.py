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


def growth(fn, small, large, repeat: int = 5) -> float:
    """Best-of CPU time(large) / best-of CPU time(small).

    CPU time of this process (not wall clock), so other load on the machine does not skew the
    ratio; best of several runs, so a stray collection or page fault does not either.
    """

    def best(arg):
        times = []
        for _ in range(repeat):
            t0 = time.process_time()
            fn(arg)
            times.append(time.process_time() - t0)
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
    path.write_text(
        json.dumps({"mt": HINDI}, ensure_ascii=False)
        + "\n"
        + json.dumps({"mt": cell}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
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
    path.write_text(
        json.dumps({"mt": HINDI}, ensure_ascii=False) + '\n{"mt": "x", "id": ' + "9" * 5000 + "}\n",
        encoding="utf-8",
    )
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
    raw_separators.write_text(
        json.dumps({"id": "a", "mt": text, "findings": []}, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    assert cli("report", raw_separators, "-o", tmp_path / "r2.html").exit_code == 0


# ---- runaway time -------------------------------------------------------------------------------


def test_sentence_splitting_is_linear_on_many_full_stops():
    from audit.core.segment import split_sentences

    ratio = growth(split_sentences, "a. " * 5_000, "a. " * 20_000)
    assert ratio < 9, f"4x the input took {ratio:.1f}x the time (quadratic would be ~16x)"


LONG_RUNS = {
    "letters": lambda n: "क" * n,  # one 16k-character "word" took 64 s in HI4 before
    "syllables": lambda n: "कि" * n,
    "combining-marks": lambda n: "ग" + "\u0301" * n,  # 16k combining marks took 18 s before
    "vowel-signs": lambda n: "क" + "\u093f" * n,
    "ergative-clauses": lambda n: "क ने " * (n // 4),
}


@pytest.mark.parametrize("case", sorted(LONG_RUNS))
def test_long_words_and_mark_runs_are_linear(case):
    auditor = Auditor()
    auditor.check(["यह ठीक वाक्य है।"])  # load resources outside the timing
    counter = iter(range(10**6))

    def audit(n):  # a fresh text each time so no cache answers
        auditor.check([LONG_RUNS[case](n) + "ख" * next(counter) + " ने गया।"])

    ratio = growth(audit, 4_000, 16_000)
    assert ratio < 10, f"4x the input took {ratio:.1f}x the time (quadratic would be ~16x)"


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


@pytest.mark.parametrize(
    "body,needle",
    [
        ("select = [\n", "invalid TOML"),
        ("threshold = 'high'\n", "threshold"),
        ("select = 7\n", "select"),
        ("fail-on = 'sometimes'\n", "fail-on"),
        ("tool = 3\n", "unknown"),
    ],
)
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
    proc = subprocess.run(
        [sys.executable, "-m", "audit.cli", "check", str(path)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "bad.csv:2" in proc.stderr


# ---- outputs: never lose the user's data ---------------------------------------------------------


def _data(tmp_path: Path, n: int = 2) -> Path:
    data = tmp_path / "data.jsonl"
    data.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "mt": f"{HINDI} {i}"}, ensure_ascii=False) + "\n" for i in range(n)
        ),
        encoding="utf-8",
    )
    return data


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def test_run_output_derived_from_the_input_is_refused(tmp_path):
    data = _data(tmp_path)
    before = _tree(tmp_path)
    one_line_error(
        cli("run", data, "-o", tmp_path / "data.html", "--no-roundtrip"), "data.jsonl", "is the input"
    )
    (tmp_path / "alias.jsonl").symlink_to(data)
    one_line_error(cli("check", data, "--format", "jsonl", "-o", tmp_path / "alias.jsonl"), "is the input")
    os.link(data, tmp_path / "hard.jsonl")
    one_line_error(cli("check", data, "--format", "jsonl", "-o", tmp_path / "hard.jsonl"), "is the input")
    assert {k: v for k, v in _tree(tmp_path).items() if "hard" not in k} == before


def test_failed_rerun_keeps_the_whole_previous_set(tmp_path):
    data = _data(tmp_path, 200)
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip").exit_code == 0
    results = (tmp_path / "r.jsonl").read_bytes()
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[69] = "{not json\n"
    data.write_text("".join(lines), encoding="utf-8")
    one_line_error(cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip"), "data.jsonl:70")
    assert (tmp_path / "r.jsonl").read_bytes() == results
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["data.jsonl", "r.html", "r.jsonl", "r.jsonl.settings.json", ".r.jsonl.lock"]
    )


def test_resume_refuses_results_of_other_settings(tmp_path):
    data = _data(tmp_path)
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip").exit_code == 0
    one_line_error(
        cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip", "--resume", "--select", "HI3"),
        "--resume refused",
    )
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip", "--resume").exit_code == 0


def test_second_run_on_one_output_refuses(tmp_path):
    from audit.core.lock import OutputLock

    data = _data(tmp_path)
    with OutputLock(tmp_path / "audit.jsonl"):
        one_line_error(cli("run", data, "-o", tmp_path / "audit.html", "--no-roundtrip"), "another audit")
    assert not (tmp_path / "audit.jsonl").exists()


def test_check_output_follows_the_extension_or_refuses(tmp_path):
    data = _data(tmp_path)
    assert cli("check", data, "-o", tmp_path / "out.html").exit_code == 0
    assert (tmp_path / "out.html").read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    one_line_error(
        cli("check", data, "--format", "jsonl", "-o", tmp_path / "x.html"), "x.html", "--format jsonl"
    )
    one_line_error(cli("check", data, "-o", tmp_path / "x.txt"), "x.txt")
    assert not (tmp_path / "x.html").exists()


def test_csv_output_guards_against_formula_injection(tmp_path):
    data = tmp_path / "f.jsonl"
    rows = [
        {"id": '=HYPERLINK("http://x")', "doc": "+cmd", "mt": "@SUM(A1) " + HINDI},
        {"id": "-2", "mt": "\tx"},
    ]
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "f.csv"
    assert cli("check", data, "--format", "csv", "-o", out).exit_code == 0
    import csv

    cells = [c for row in csv.reader(out.open(encoding="utf-8")) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")], cells
    assert '\'=HYPERLINK("http://x")' in cells


# ---- installation -----------------------------------------------------------------------------


def test_model_manifest_is_package_data(monkeypatch, tmp_path):
    from importlib import resources

    from audit.roundtrip import models

    assert resources.files("audit.data").joinpath("models.toml").is_file()
    monkeypatch.setattr(models, "REPO_MODELS", tmp_path / "no-checkout")  # as from an installed wheel
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    assert "opus-mt-hi-en" in models.load_manifest()
    assert cli("models", "list").exit_code == 0


def test_every_subpackage_is_in_the_wheel():
    import tomllib
    from setuptools import find_packages

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert not isinstance(config.get("packages"), list), "packages listed by hand leave new subpackages out"
    found = set(find_packages(str(ROOT), **config["packages"]["find"]))
    on_disk = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "audit").rglob("__init__.py")}
    assert on_disk <= found


def test_default_weights_dir_is_the_user_cache(monkeypatch):
    from audit.roundtrip import models

    monkeypatch.delenv("AUDIT_MODELS_DIR", raising=False)
    assert ROOT not in models.models_dir().parents


# ---- OS errors --------------------------------------------------------------------------------


def test_output_is_a_directory_or_under_a_file(tmp_path):
    data = _data(tmp_path)
    (tmp_path / "dir.jsonl").mkdir()
    one_line_error(cli("check", data, "--format", "jsonl", "-o", tmp_path / "dir.jsonl"), "is a directory")
    one_line_error(cli("run", data, "-o", tmp_path / "data.jsonl" / "r.html", "--no-roundtrip"), "is a file")


def test_full_disk_is_one_line_and_keeps_the_old_file(tmp_path):
    data = _data(tmp_path, 300)
    out = tmp_path / "out.jsonl"
    out.write_text("old results\n", encoding="utf-8")

    def limit() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (20_000, 20_000))

    proc = subprocess.run(
        [sys.executable, "-m", "audit.cli", "check", str(data), "--format", "jsonl", "-o", str(out)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        preexec_fn=limit,
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr
    errors = [ln for ln in proc.stderr.splitlines() if ln.startswith("error")]
    assert len(errors) == 1 and "out.jsonl" in errors[0], proc.stderr
    assert out.read_text(encoding="utf-8") == "old results\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.jsonl", "out.jsonl"]


def test_cache_dir_problems(tmp_path):
    data = _data(tmp_path)
    not_dir = tmp_path / "cachefile"
    not_dir.write_text("x")
    one_line_error(cli("check", data, "--cache-dir", not_dir), "cachefile")
    one_line_error(cli("cache", "clear", "--cache-dir", not_dir), "cachefile")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "results.sqlite3").write_bytes(b"garbage" * 200)
    first = cli("check", data, "--format", "jsonl", "--cache-dir", cache)
    assert first.exit_code == 0 and "rebuilt" in first.stderr
    (cache / "translations.sqlite3").write_bytes(b"garbage" * 200)
    assert cli("cache", "clear", "--cache-dir", cache).exit_code == 0


def test_cache_clear_removes_derived_tables(tmp_path, monkeypatch):
    from audit.core import derived

    cache = tmp_path / "cache"
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(cache))
    assert derived.derived("table", "k1", lambda: [1, 2]) == [1, 2]
    assert derived.derived_object("obj", "k1", lambda: {1, 2}, lambda o: isinstance(o, set)) == {1, 2}
    (cache / "derived" / ".table-x.tmp").write_bytes(b"half")  # a write cut short
    assert len(list((cache / "derived").iterdir())) == 3
    result = cli("cache", "clear")
    assert result.exit_code == 0 and "removed 3 derived tables" in result.stdout, result.output
    assert not (cache / "derived").exists()
    assert cli("cache", "clear", "--cache-dir", cache).exit_code == 0  # nothing left: still fine
    assert derived.derived("table", "k1", lambda: [3]) == [3]  # built again, not read back


def test_result_cache_key_follows_the_data_files(tmp_path, monkeypatch):
    import shutil
    from importlib import resources

    from audit.pipeline import result_cache

    copy = tmp_path / "data"
    shutil.copytree(resources.files("audit.data"), copy)
    monkeypatch.setattr(result_cache.resources, "files", lambda pkg: copy)
    result_cache.data_digest.cache_clear()
    before = result_cache.data_digest()
    with (copy / "calques.toml").open("a", encoding="utf-8") as fh:
        fh.write("\n# edited\n")
    result_cache.data_digest.cache_clear()
    assert result_cache.data_digest() != before
    result_cache.data_digest.cache_clear()


# ---- content the tool must survive --------------------------------------------------------------


def test_report_on_hand_edited_results_is_one_line(tmp_path):
    data = _data(tmp_path)
    out = tmp_path / "res.jsonl"
    assert cli("check", data, "--format", "jsonl", "-o", out).exit_code == 0
    recs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    for edit in ({"risk": float("nan")}, {"findings": "none"}, {"mt": None}):
        bad = tmp_path / "bad.jsonl"
        bad.write_text(json.dumps({**recs[0], **edit}) + "\n", encoding="utf-8")
        one_line_error(cli("report", bad, "-o", tmp_path / "r.html"), "bad.jsonl:1")
    missing = {k: v for k, v in recs[0].items() if k not in ("risk", "flagged", "id", "doc", "segment")}
    bad.write_text(json.dumps(missing, ensure_ascii=False) + "\n", encoding="utf-8")
    assert cli("report", bad, "-o", tmp_path / "r.html").exit_code == 0


def test_model_options_are_one_line(tmp_path):
    data = _data(tmp_path)
    one_line_error(cli("check", data, "--roundtrip", "all", "--device", "tpu"), "--device")
    folder = tmp_path / "model"
    folder.mkdir()
    (folder / "config.json").write_text('{"model_type": "marian"}')
    (folder / "model.safetensors").write_bytes(b"")
    one_line_error(
        cli("check", data, "--roundtrip", "all", "--mt-model", folder, "--mt-backend", "transformers"),
        "model",
    )


def test_cuda_without_cuda_is_one_line(tmp_path):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("this machine has CUDA")
    one_line_error(
        cli(
            "check", _data(tmp_path), "--roundtrip", "all", "--device", "cuda", "--mt-backend", "transformers"
        ),
        "cuda",
    )


def test_unreachable_dask_scheduler_is_one_line(tmp_path, monkeypatch):
    pytest.importorskip("dask.distributed")
    from audit.pipeline import engines

    monkeypatch.setattr(engines, "CONNECT_TIMEOUT_S", 1)
    one_line_error(
        cli(
            "run",
            _data(tmp_path),
            "-o",
            tmp_path / "r.html",
            "--no-roundtrip",
            "--engine",
            "dask",
            "--dask-address",
            "tcp://127.0.0.1:9",
        ),
        "--dask-address",
    )


def test_zero_width_characters_inside_a_name_do_not_hide_it():
    text = "उत्तर कोरिया के नेता किम जोंग संयुक्त राष्ट्र ने कल एक भाषण दिया।"
    auditor = Auditor(select=["HI101"])
    plain = auditor.check([text])[0]
    assert plain.findings
    for hidden in ("\u200b", "\u200d", "\u200c", "\u00ad", "\u2060"):
        variant = text.replace("जोंग", f"जों{hidden}ग")
        r = auditor.check([variant])[0]
        assert [f.code for f in r.findings] == [f.code for f in plain.findings], hidden
        assert all(variant[f.start : f.end] == f.span for f in r.findings)
        assert any("invisible" in w for w in r.segment.warnings)


def test_terminal_table_escapes_control_sequences(tmp_path):
    data = tmp_path / "e.jsonl"
    data.write_text(
        json.dumps(
            {"id": "x\x1b]0;pwned\x07", "doc": "d\x1b[2J", "mt": HINDI2 + "\x1b[31m"}, ensure_ascii=False
        )
        + "\n",
        encoding="utf-8",
    )
    result = cli("check", data)
    assert result.exit_code == 0 and "\x1b" not in result.stdout and "\\x1b" in result.stdout


def test_pipe_closed_early_exits_quietly(tmp_path):
    data = _data(tmp_path, 400)
    shell = (
        f"{sys.executable} -m audit.cli check {data} --format jsonl --fail-on minor | head -c 10 >/dev/null;"
        " echo ${PIPESTATUS[0]}"
    )
    proc = subprocess.run(
        ["bash", "-c", shell],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert not [ln for ln in proc.stderr.splitlines() if not ln.startswith("auditing")], (
        proc.stderr
    )  # progress only
    assert proc.stdout.strip() not in ("1", "2")


def _sigint_default() -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def test_sigint_says_how_to_resume(tmp_path):
    # one document per row, so records reach the .partial file chunk by chunk and the signal
    # arrives mid-run (one 3,000-segment document was written only at its end: a race)
    data = tmp_path / "data.jsonl"
    data.write_text(
        "".join(
            json.dumps({"id": f"s{i}", "doc": f"d{i}", "mt": f"{HINDI} {i}"}, ensure_ascii=False) + "\n"
            for i in range(20000)
        ),
        encoding="utf-8",
    )
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "audit.cli",
            "run",
            str(data),
            "-o",
            str(tmp_path / "r.html"),
            "--no-roundtrip",
            "--no-cache",
        ],
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        # Ctrl-C as a terminal delivers it: a test suite started in the background of a
        # non-interactive shell (`bash -c 'pytest … &'`) inherits SIGINT ignored, and a Python
        # started with SIGINT ignored keeps ignoring it (the run then finishes with exit 0)
        preexec_fn=_sigint_default,
    )
    partial = tmp_path / "r.jsonl.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not (partial.exists() and partial.stat().st_size > 1000):
        time.sleep(0.05)
    import signal

    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130 and "Traceback" not in err, err
    said = [
        line for line in err.strip().splitlines() if not line.startswith("auditing:")
    ]  # progress lines aside
    assert len(said) == 1 and "--resume" in said[0], err


def test_interrupt_while_the_report_is_written_keeps_the_results(tmp_path, monkeypatch):
    """Ctrl-C after the records are written (while the HTML report is rendered) kept nothing and
    said nothing: the records must stay for --resume, and the message must say where."""
    import audit.pipeline.batch as batch
    from audit.core.io import Columns

    data = _data(tmp_path, 40)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "write_report", interrupted)
    out = tmp_path / "r.jsonl"
    with pytest.raises(batch.RunInterrupted, match="--resume") as info:
        batch.run_streaming([data], Columns(), {"select": ["HI3"]}, out, report_html=tmp_path / "r.html")
    assert "40 segments are saved" in str(info.value)
    partial = tmp_path / "r.jsonl.partial"
    assert len(partial.read_text(encoding="utf-8").splitlines()) == 40
    assert not out.exists()


def test_derived_tables_are_keyed_on_the_whole_package():
    """The fingerprint of derived tables covers the rules, the language code and the data, not only
    core/: a changed lexicon, rule or ranking must build its tables again (they were keyed on
    audit/core alone after the module moved there, so a stale table could be read)."""
    from audit.core import derived

    files = {p.relative_to(derived.package_root()).as_posix() for p in derived.fingerprinted_files()}
    for name in (
        "core/derived.py",
        "lang/resources.py",
        "rules/literal.py",
        "rules/anchors.py",
        "data/calques.toml",
    ):
        assert name in files, name
    assert derived.package_root().name == "audit"
