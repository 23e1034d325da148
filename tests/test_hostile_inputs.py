"""Hostile-input suite: every reader and writer against inputs an attacker or an accident makes.

Properties held throughout: no traceback ever; bad input exits 2 with one line naming the file
(and the line, where there is one); rows in = records out; ``span == mt[start:end]``; inputs
byte-identical after every run; no partial or truncated output on failure; a resumed run is
byte-identical to an uninterrupted one.

Each test function is one *family*; its parameters are the cases. ``python
scripts/hostile_table.py`` runs this file and prints the family / cases / passed table that
docs/reliability.md shows.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit import Auditor
from audit.cli import app

ROOT = Path(__file__).resolve().parent.parent
H1 = "उत्तर कोरिया के नेता किम जोंग उन ने कल भाषण दिया।"
H2 = "बैठक के बाद दोनों पक्षों ने निराशा और निराशा जताई।"
H3 = "हमने कल शाम को पार्क में लंबी सैर की।"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


# ---- helpers ------------------------------------------------------------------------------------


def cli(*args, input: str | bytes | None = None):
    result = CliRunner().invoke(app, [str(a) for a in args], input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        import traceback

        pytest.fail("traceback:\n" + "".join(traceback.format_exception(result.exception)))
    assert "Traceback" not in result.output
    return result


def proc(*args, timeout: float = 120, **kw) -> subprocess.CompletedProcess:
    p = subprocess.run(
        [sys.executable, "-m", "audit.cli", *map(str, args)],
        capture_output=True,
        env=ENV,
        timeout=timeout,
        **kw,
    )
    assert b"Traceback" not in p.stderr, p.stderr.decode(errors="replace")
    return p


def error_line(result, *needles: str) -> str:
    assert result.exit_code == 2, (result.exit_code, result.output)
    lines = [ln for ln in result.stderr.splitlines() if ln.strip() and not ln.startswith("warning")]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    for n in needles:
        assert n in lines[0], (n, lines[0])
    return lines[0]


def digest(paths) -> dict[str, str]:
    out = {}
    for p in paths:
        p = Path(p)
        if p.is_file() and not p.is_symlink():
            out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def tree_digest(folder: Path) -> dict[str, str]:
    return digest(sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()))


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def assert_spans(recs: list[dict]) -> None:
    for r in recs:
        for f in r["findings"]:
            assert r["mt"][f["start"] : f["end"]] == f["span"], (r["id"], f)


def jl(*rows) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# ---- family: text readers (encodings, line breaks, controls) ------------------------------------

TEXT_CASES = {
    "lf": (H1 + "\n" + H2 + "\n").encode(),
    "crlf": (H1 + "\r\n" + H2 + "\r\n").encode(),
    "cr-only": (H1 + "\r" + H2 + "\r").encode(),
    "utf8-bom": b"\xef\xbb\xbf" + (H1 + "\n").encode(),
    "utf16-le-bom": (H1 + "\n" + H2).encode("utf-16"),
    "utf16-be-bom": b"\xfe\xff" + (H1 + "\n").encode("utf-16-be"),
    "nul": (H1 + "\x00" + H2).encode(),
    "bidi-override": ("\u202e" + H1 + "\u202c\n").encode(),
    "zero-width-space-in-name": H1.replace("किम", "कि\u200bम").encode(),
    "zwj-zwnj": H1.replace("उत्तर", "उत्\u200dतर").replace("नेता", "ने\u200cता").encode(),
    "soft-hyphen": H1.replace("कोरिया", "को\u00adरिया").encode(),
    "line-separators": (H1 + "\u2028" + H2 + "\u2029" + H3 + "\x85").encode(),
    "tabs-and-blank-lines": ("\t" + H1 + "\n\n\n   \n" + H2 + "\t\n").encode(),
    "combining-run": ("क" + "\u0301" * 3000 + " " + H1).encode(),
    "long-word": ("क" * 20000 + " " + H1).encode(),
    "many-full-stops": ("a. " * 20000 + H1).encode(),
    "escape-sequences": ("\x1b[2J\x1b]0;pwned\x07" + H1 + "\x1b[31m").encode(),
    "decomposed-nukta": H1.replace("किम", "क\u093c\u093fम").encode(),
    "latin-only": b"This is only English text.\n",
    "digits-only": b"12345 67890\n",
    "one-char": "क".encode(),
}


@pytest.mark.parametrize("case", sorted(TEXT_CASES))
def test_text_reader(tmp_path, case):
    path = tmp_path / f"{case}.txt"
    path.write_bytes(TEXT_CASES[case])
    before = digest([path])
    out = tmp_path / "out.jsonl"
    result = cli("check", path, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    recs = records(out)
    assert recs, "at least one segment"
    assert_spans(recs)
    assert digest([path]) == before


@pytest.mark.slow
@pytest.mark.parametrize("case", ["one-word", "jsonl-cell"])
def test_five_megabyte_line(tmp_path, case):
    """A 5 MB line is audited (as one long segment, with a warning), in linear time."""
    if case == "jsonl-cell":
        path = tmp_path / "big.jsonl"
        path.write_text(jl({"id": "big", "mt": "कोई शब्द " * 300_000}), encoding="utf-8")
    else:
        path = tmp_path / "big.txt"
        path.write_text("क" * 1_700_000, encoding="utf-8")
    before = digest([path])
    out = tmp_path / "out.jsonl"
    rules = (
        "HI1,HI3,HI4" if case == "one-word" else "HI4"
    )  # the reader and one long segment, not HI3 on 300k repeats
    result = cli("check", path, "--format", "jsonl", "--select", rules, "-o", out)
    assert result.exit_code in (0, 1), result.output
    recs = records(out)
    assert len(recs) == 1 and any("very long segment" in w for w in recs[0]["warnings"])
    assert_spans(recs)
    assert digest([path]) == before


# ---- family: undecodable bytes -------------------------------------------------------------------

BAD_BYTES = {
    "invalid-utf8": b"\xff\xfe\xfd not text \x80\n",
    "truncated-utf8": H1.encode()[:-1],
    "latin1": "café naïve\n".encode("latin-1"),
    "utf16-le-no-bom": (H1 + "\n" + H2 + "\n").encode("utf-16-le"),
    "utf16-be-no-bom": (H1 + "\n" + H2 + "\n").encode("utf-16-be"),
}


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv", ".tsv"])
@pytest.mark.parametrize("case", sorted(BAD_BYTES))
def test_undecodable_input(tmp_path, case, suffix):
    data = BAD_BYTES[case]
    if suffix != ".txt" and case.startswith("utf16"):
        enc = "utf-16-le" if "le" in case else "utf-16-be"
        head = {".jsonl": jl({"mt": H1}), ".csv": f"mt\n{H1}\n", ".tsv": f"mt\n{H1}\n"}[suffix]
        data = head.encode(enc)
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    before = digest([path])
    for cmd in (["check", path], ["run", path, "-o", tmp_path / "r.html", "--no-roundtrip"]):
        error_line(cli(*cmd), "in" + suffix)
    assert digest([path]) == before
    assert not (tmp_path / "r.html").exists() and not (tmp_path / "r.jsonl").exists()


# ---- family: broken JSONL ----------------------------------------------------------------------

JSONL_CASES = {
    "truncated-object": '{"mt": "' + H1 + '"',
    "trailing-comma": '{"mt": "' + H1 + '",}',
    "array-row": '["' + H1 + '"]',
    "string-row": '"' + H1 + '"',
    "number-row": "42",
    "null-row": "null",
    "deep-nesting": '{"mt": ' + "[" * 5000 + "]" * 5000 + "}",
    "deep-object": '{"mt": "x", "a": ' + '{"a": ' * 5000 + "1" + "}" * 5000 + "}",
    "huge-int": '{"mt": "x", "id": ' + "9" * 5000 + "}",
    "list-mt": '{"mt": ["एक", "दो"]}',
    "dict-mt": '{"mt": {"hi": "एक"}}',
    "bool-mt": '{"mt": true}',
    "list-src": '{"mt": "' + H1 + '", "src": ["a"]}',
    "missing-mt": '{"text": "' + H1 + '"}',
    "lone-surrogate-escape": '{"mt": "\\ud800"}',
    "control-char-raw": '{"mt": "a\x01b' + '\\u0000"}',
}
JSONL_OK = {"control-char-raw"}


@pytest.mark.parametrize("case", sorted(JSONL_CASES))
def test_broken_jsonl(tmp_path, case):
    path = tmp_path / "in.jsonl"
    path.write_text(
        jl({"id": "ok", "mt": H1}) + JSONL_CASES[case] + "\n" + jl({"id": "ok2", "mt": H2}),
        encoding="utf-8",
        errors="surrogatepass",
    )
    before = digest([path])
    out = tmp_path / "out.jsonl"
    result = cli("check", path, "--format", "jsonl", "-o", out)
    if case in JSONL_OK:
        assert result.exit_code in (0, 2), result.output
    else:
        error_line(result, "in.jsonl:2")
        assert not out.exists()
    assert digest([path]) == before


# ---- family: broken CSV/TSV ----------------------------------------------------------------------

TABLE_CASES = {
    "csv-extra-cell": ("t.csv", f"id,mt\n1,{H1}\n2,{H2},x\n", "t.csv:3"),
    "csv-missing-cell": ("t.csv", f"id,mt\n1,{H1}\n2\n", "t.csv:3"),
    "csv-unterminated-quote": ("t.csv", f'id,mt\n1,"{H1}\n', "t.csv:2"),
    "csv-quoted-newline-then-ragged": ("t.csv", f'id,mt\n1,"{H1}\n{H2}"\n2,{H3},x\n', "t.csv:4"),
    "csv-duplicate-header": ("t.csv", f"mt,mt\n{H1},{H2}\n", "t.csv:1"),
    "csv-no-mt-column": ("t.csv", f"id,text\n1,{H1}\n", "t.csv:2"),
    "csv-header-only": ("t.csv", "id,mt\n", "t.csv"),
    "csv-empty": ("t.csv", "", "t.csv"),
    "csv-blank-lines-only": ("t.csv", "\n\n  \n", "t.csv"),
    "tsv-trailing-tab": ("t.tsv", f"id\tmt\n1\t{H1}\t\n", "t.tsv:2"),
    "tsv-missing-cell": ("t.tsv", f"id\tmt\tsrc\n1\t{H1}\n", "t.tsv:2"),
    "tsv-crlf-ragged": ("t.tsv", f"id\tmt\r\n1\t{H1}\r\n2\t{H2}\tx\r\n", "t.tsv:3"),
}


@pytest.mark.parametrize("case", sorted(TABLE_CASES))
def test_broken_table(tmp_path, case):
    name, text, needle = TABLE_CASES[case]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    before = digest([path])
    error_line(cli("check", path, "--format", "jsonl", "--fail-on", "minor"), needle)
    assert digest([path]) == before


TABLE_OK = {
    "tsv-quotes-kept": ("t.tsv", f'id\tmt\n1\t"{H1}"\n2\t"{H2}\n', ['"' + H1 + '"', '"' + H2]),
    "csv-quoted-comma": ("t.csv", f'id,mt\n1,"{H1}, {H2}"\n', [f"{H1}, {H2}"]),
    "csv-crlf": ("t.csv", f"id,mt\r\n1,{H1}\r\n2,{H2}\r\n", [H1, H2]),
    "csv-bom": ("t.csv", f"\ufeffid,mt\n1,{H1}\n", [H1]),
    "csv-empty-mt-kept": ("t.csv", f"id,mt\n1,{H1}\n2,\n3,{H2}\n", [H1, "", H2]),
    "jsonl-nan-mt": ("t.jsonl", '{"id": "1", "mt": NaN}\n' + jl({"id": "2", "mt": H1}), ["", H1]),
    "jsonl-number-id": ("t.jsonl", jl({"id": 7, "mt": H1}), [H1]),
}


@pytest.mark.parametrize("case", sorted(TABLE_OK))
def test_table_rows_in_equal_records_out(tmp_path, case):
    name, text, expected = TABLE_OK[case]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = cli("check", path, "--format", "jsonl", "-o", out)
    assert result.exit_code == 0, result.output
    recs = records(out)
    assert [r["mt"] for r in recs] == expected
    assert_spans(recs)


# ---- family: paths ------------------------------------------------------------------------------

PATH_NAMES = [
    "with space.txt",
    "हिंदी फ़ाइल.txt",
    "$(touch pwned).txt",
    "a;b&c|d.txt",
    "*?[x].txt",
    "quote'\"s.txt",
    "new\nline.txt",
    "esc\x1b[31mred.txt",
]


@pytest.mark.parametrize("name", PATH_NAMES, ids=lambda n: re.sub(r"\W", "_", n))
def test_path_names(tmp_path, name):
    path = tmp_path / name
    path.write_text(H1 + "\n", encoding="utf-8")
    result = cli("run", path, "-o", tmp_path / "out" / "r.html", "--no-roundtrip")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    assert not (tmp_path / "pwned").exists() and not Path("pwned").exists()
    recs = records(tmp_path / "out" / "r.jsonl")
    assert len(recs) == 1 and recs[0]["doc"] == str(path)


def test_special_paths(tmp_path):
    """Symlink loops, FIFOs, missing files, empty directories, the same file twice."""
    good = tmp_path / "good.txt"
    good.write_text(H1 + "\n", encoding="utf-8")
    (tmp_path / "loop-a.txt").symlink_to(tmp_path / "loop-b.txt")
    (tmp_path / "loop-b.txt").symlink_to(tmp_path / "loop-a.txt")
    error_line(cli("check", tmp_path / "loop-a.txt"), "loop-a.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    error_line(cli("check", tmp_path / "fifo.txt"), "fifo.txt", "not a regular file")
    error_line(cli("check", tmp_path / "missing.txt"), "missing.txt")
    (tmp_path / "empty").mkdir()
    error_line(cli("check", tmp_path / "empty"), "empty")
    error_line(cli("check", good, good), "named twice")
    os.link(good, tmp_path / "hard.txt")
    error_line(cli("check", good, tmp_path / "hard.txt"), "named twice")
    sub = tmp_path / "dir"
    sub.mkdir()
    (sub / "a.txt").write_text(H1 + "\n", encoding="utf-8")
    (sub / "self").symlink_to(sub)  # a directory loop is not followed
    assert cli("check", sub, "--format", "jsonl").exit_code == 0


# ---- family: outputs that would destroy inputs or cannot be written ------------------------------


def _inputs(tmp_path: Path) -> Path:
    data = tmp_path / "data.jsonl"
    data.write_text(jl({"id": "1", "mt": H1}, {"id": "2", "mt": H2}), encoding="utf-8")
    return data


OUTPUT_CASES = [
    "run-html-derives-input",
    "check-o-is-input",
    "check-o-symlink-to-input",
    "check-o-hardlink-to-input",
    "run-o-symlink-dir",
    "parquet-is-input",
    "o-is-directory",
    "o-under-a-file",
    "run-o-is-input",
]


@pytest.mark.parametrize("case", OUTPUT_CASES)
def test_output_never_overwrites_input(tmp_path, case):
    data = _inputs(tmp_path)
    before = tree_digest(tmp_path)
    if case == "run-html-derives-input":
        result = cli("run", data, "-o", tmp_path / "data.html", "--no-roundtrip")
    elif case == "run-o-is-input":
        result = cli("run", data, "-o", data, "--no-roundtrip")
    elif case == "check-o-is-input":
        result = cli("check", data, "--format", "jsonl", "-o", data)
    elif case == "check-o-symlink-to-input":
        (tmp_path / "link.jsonl").symlink_to(data)
        before = tree_digest(tmp_path)
        result = cli("check", data, "--format", "jsonl", "-o", tmp_path / "link.jsonl")
    elif case == "check-o-hardlink-to-input":
        os.link(data, tmp_path / "hard.jsonl")
        before = tree_digest(tmp_path)
        result = cli("check", data, "--format", "jsonl", "-o", tmp_path / "hard.jsonl")
    elif case == "run-o-symlink-dir":
        (tmp_path / "alias").symlink_to(tmp_path)
        result = cli("run", data, "-o", tmp_path / "alias" / "data.html", "--no-roundtrip")
    elif case == "parquet-is-input":
        result = cli("run", data, "-o", tmp_path / "r.html", "--parquet", data, "--no-roundtrip")
    elif case == "o-is-directory":
        (tmp_path / "outdir").mkdir()
        before = tree_digest(tmp_path)
        result = cli("check", data, "--format", "jsonl", "-o", tmp_path / "outdir")
    else:  # o-under-a-file
        result = cli("check", data, "--format", "jsonl", "-o", tmp_path / "data.jsonl" / "x.jsonl")
    error_line(result)
    assert tree_digest(tmp_path) == before
    assert not [p for p in tmp_path.rglob("*.tmp")]


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root writes into read-only folders; see the RLIMIT and tmpfs cases"
)
def test_read_only_output_folder(tmp_path):
    data = _inputs(tmp_path)
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    try:
        error_line(cli("run", data, "-o", ro / "r.html", "--no-roundtrip"), "ro")
    finally:
        ro.chmod(0o755)


def _limited(limit_bytes: int):
    def apply() -> None:
        import resource

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return apply


def test_disk_full_keeps_previous_outputs(tmp_path):
    """A file-size limit (RLIMIT_FSIZE: writes fail with EFBIG, as on a full disk)."""
    small = tmp_path / "small.jsonl"
    small.write_text(jl({"id": "1", "mt": H1}), encoding="utf-8")
    big = tmp_path / "big.jsonl"
    big.write_text(jl(*({"id": str(i), "mt": f"{H1} {i} {H2 * 20}"} for i in range(400))), encoding="utf-8")
    out = tmp_path / "out" / "r.html"
    cheap = ("--no-roundtrip", "--no-cache", "--select", "HI404")  # the writers are under test, not the rules
    assert proc("run", small, "-o", out, *cheap).returncode == 0
    before = tree_digest(tmp_path)
    p = proc("run", big, "-o", out, *cheap, preexec_fn=_limited(200_000))
    assert p.returncode == 2, p.stderr
    assert len([ln for ln in p.stderr.decode().splitlines() if ln.startswith("error")]) == 1, p.stderr
    assert tree_digest(tmp_path) == before
    assert not [q for q in (tmp_path / "out").iterdir() if q.name.endswith(".tmp")]


def _tmpfs_available() -> str | None:
    if not shutil.which("unshare"):
        return "unshare(1) not installed"
    probe = subprocess.run(
        [
            "unshare",
            "--mount",
            "--map-root-user",
            "sh",
            "-c",
            "mount -t tmpfs -o size=64k tmpfs /mnt 2>&1 || mount -t tmpfs -o size=64k tmpfs /tmp",
        ],
        capture_output=True,
        timeout=30,
    )
    return (
        None if probe.returncode == 0 else f"cannot mount a tmpfs here: {probe.stderr.decode().strip()[:120]}"
    )


def test_small_tmpfs_that_fills(tmp_path):
    why = _tmpfs_available()
    if why:
        pytest.skip(why)
    small = tmp_path / "small.jsonl"
    small.write_text(jl({"id": "1", "mt": H1}), encoding="utf-8")
    big = tmp_path / "big.jsonl"
    big.write_text(jl(*({"id": str(i), "mt": f"{H1} {i} {H2 * 20}"} for i in range(400))), encoding="utf-8")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    script = f"""
set -u
mount -t tmpfs -o size=1m tmpfs {mnt}
{sys.executable} -m audit.cli run {small} -o {mnt}/r.html --no-roundtrip --select HI404 >/dev/null 2>&1 || exit 10
before=$(cat {mnt}/r.html {mnt}/r.jsonl | sha256sum)
dd if=/dev/zero of={mnt}/filler bs=4k 2>/dev/null
rm -f {mnt}/filler; dd if=/dev/zero of={mnt}/filler bs=1k count=$(( $(df -k --output=avail {mnt} | tail -1) - 24 )) 2>/dev/null
{sys.executable} -m audit.cli run {big} -o {mnt}/r.html --no-roundtrip --select HI404 2>{tmp_path}/err.txt >/dev/null
echo "rc=$?"
after=$(cat {mnt}/r.html {mnt}/r.jsonl | sha256sum)
[ "$before" = "$after" ] && echo same || echo changed
ls -a {mnt}
"""
    p = subprocess.run(
        ["unshare", "--mount", "--map-root-user", "sh", "-c", script],
        capture_output=True,
        env=ENV,
        timeout=240,
        text=True,
    )
    err = (tmp_path / "err.txt").read_text()
    assert "rc=2" in p.stdout and "same" in p.stdout, (p.stdout, p.stderr, err)
    assert "Traceback" not in err and len([ln for ln in err.splitlines() if ln.startswith("error")]) == 1, err
    assert ".tmp" not in p.stdout


# ---- family: interrupted runs and resume ---------------------------------------------------------


def _corpus(tmp_path: Path, n: int = 600) -> Path:
    data = tmp_path / "corpus.jsonl"
    rows = [{"id": f"s{i}", "mt": [H1, H2, H3][i % 3] + f" ({i})", "doc": f"d{i // 4}"} for i in range(n)]
    data.write_text(jl(*rows), encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def reference_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("ref")
    data = _corpus(tmp)
    out = tmp / "full.html"
    p = proc("run", data, "-o", out, "--no-roundtrip", "--no-cache", timeout=300)
    assert p.returncode == 0, p.stderr
    return data, (tmp / "full.jsonl").read_bytes()


@pytest.mark.slow
@pytest.mark.parametrize("sig", ["SIGKILL", "SIGINT", "SIGTERM"])
def test_interrupt_then_resume_is_byte_identical(tmp_path, reference_run, sig):
    data, expected = reference_run
    out = tmp_path / "r.html"
    child = subprocess.Popen(
        [sys.executable, "-m", "audit.cli", "run", str(data), "-o", str(out), "--no-roundtrip", "--no-cache"],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    partial = tmp_path / "r.jsonl.partial"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if partial.exists() and partial.stat().st_size > 2000:
            break
        time.sleep(0.05)
    child.send_signal(getattr(signal, sig))
    _, err = child.communicate(timeout=60)
    assert b"Traceback" not in err, err.decode()
    if sig != "SIGKILL" and child.returncode != 0:
        assert b"--resume" in err, err.decode()
    p = proc("run", data, "-o", out, "--no-roundtrip", "--no-cache", "--resume", timeout=300)
    assert p.returncode == 0, p.stderr
    assert (tmp_path / "r.jsonl").read_bytes() == expected
    assert not partial.exists()


def test_resume_with_other_settings_is_refused(tmp_path):
    data = _inputs(tmp_path)
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip").exit_code == 0
    before = tree_digest(tmp_path)
    error_line(
        cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip", "--resume", "--select", "HI3"),
        "--resume",
    )
    assert tree_digest(tmp_path) == before


def test_failed_rerun_keeps_the_previous_results(tmp_path):
    data = tmp_path / "data.jsonl"
    rows = [{"id": f"s{i}", "mt": H1 + f" {i}"} for i in range(200)]
    data.write_text(jl(*rows), encoding="utf-8")
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip").exit_code == 0
    before = tree_digest(tmp_path)
    lines = data.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[69] = "{broken\n"
    data.write_text("".join(lines), encoding="utf-8")
    before[str(data)] = hashlib.sha256(data.read_bytes()).hexdigest()
    error_line(cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip"), "data.jsonl:70")
    assert tree_digest(tmp_path) == before
    assert not list(tmp_path.glob("*.partial"))


def test_second_run_on_the_same_output_refuses(tmp_path):
    from audit.core.lock import OutputLock

    data = _inputs(tmp_path)
    with OutputLock(tmp_path / "r.jsonl"):
        error_line(cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip"), "another audit")
    assert cli("run", data, "-o", tmp_path / "r.html", "--no-roundtrip").exit_code == 0


@pytest.mark.slow
def test_jobs_workers_die_with_their_parent(tmp_path):
    data = _corpus(tmp_path, 3000)
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
            "--jobs",
            "2",
        ],
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    kids: list[int] = []
    while time.monotonic() < deadline and len(kids) < 2:
        kids = _children(child.pid)
        time.sleep(0.2)
    assert len(kids) >= 2, "workers did not start"
    child.kill()
    child.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(k) for k in kids):
        time.sleep(0.2)
    survivors = [k for k in kids if _alive(k)]
    for k in survivors:  # never leave them running, even when the test fails
        os.kill(k, signal.SIGKILL)
    assert not survivors, "workers outlived their parent"


def _children(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                stat = (d / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                out.append(int(d.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


# ---- family: terminal and pipes ------------------------------------------------------------------

ESCAPES = {
    "csi-clear": "\x1b[2J",
    "osc-title": "\x1b]0;owned\x07",
    "osc8-link": "\x1b]8;;http://x\x1b\\",
    "c1-csi": "\x9b31m",
    "bidi": "\u202e",
}


@pytest.mark.parametrize("case", sorted(ESCAPES))
def test_terminal_output_escapes_control_characters(tmp_path, case):
    esc = ESCAPES[case]
    data = tmp_path / "t.jsonl"
    data.write_text(
        jl(
            {"id": f"id{esc}", "doc": f"doc{esc}", "mt": H1.replace("किम", f"किम{esc}")},
            {"id": "b", "mt": f"{H2}{esc}"},
        ),
        encoding="utf-8",
    )
    result = cli("check", data, "--format", "table")
    assert result.exit_code == 0, result.output
    raw = esc
    assert raw not in result.stdout and raw not in result.stderr
    bad = tmp_path / f"bad{esc.replace('/', '_')}.csv"
    bad.write_text("id,mt\n1,a,b\n", encoding="utf-8")
    line = error_line(cli("check", bad))
    assert raw not in line


def test_pipe_into_head_exits_quietly(tmp_path):
    data = _corpus(tmp_path, 300)
    shell = (
        f"{sys.executable} -m audit.cli check {data} --format jsonl --fail-on minor | head -n 1 >/dev/null; "
        "echo ${PIPESTATUS[0]}"
    )
    p = subprocess.run(["bash", "-c", shell], capture_output=True, text=True, env=ENV, timeout=120)
    noise = [ln for ln in p.stderr.splitlines() if not ln.startswith("auditing")]  # progress lines only
    assert "Traceback" not in p.stderr and "BrokenPipe" not in p.stderr and not noise, p.stderr
    assert p.stdout.strip() not in ("1", "2"), p.stdout


# ---- family: Python API (hypothesis) -------------------------------------------------------------

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_ALPHABET = st.sampled_from(
    list("कखगघचजटडतदनपबमयरलवशसहािीुूेैोौंःँ़्ऋ।॥ .,!?-\"'()\n\t")
    + [
        "\u200b",
        "\u200c",
        "\u200d",
        "\u00ad",
        "\u202e",
        "\ufeff",
        "\x00",
        "\x1b",
        "\u2028",
        "\u0301",
        "e",
        "A",
        "1",
        "१",
    ]
)
_TEXT = st.text(_ALPHABET, max_size=120)
_AUDITOR: list[Auditor] = []


def _auditor() -> Auditor:
    if not _AUDITOR:
        _AUDITOR.append(Auditor())
    return _AUDITOR[0]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=4))
def test_api_check_spans_and_counts(texts):
    results = _auditor().check(texts)
    assert len(results) == len(texts)
    for text, r in zip(texts, results):
        assert r.segment.text == text
        for f in r.findings:
            assert text[f.start : f.end] == f.span and 0 <= f.start <= f.end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(_ALPHABET, max_size=300))
def test_segmenter_spans(text):
    from audit.core.segment import segment_document

    segs = segment_document(text, "d")
    last = 0
    for s in segs:
        assert text[s.start : s.end] == s.text and s.text.strip() and s.start >= last
        last = s.end


_CELL = st.text(
    st.sampled_from(list("कि ्ा\"',;=+-@\t\n\r\u2028\u200b\x1bab1") + ["\x85", "\u202e"]), max_size=40
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_CELL, min_size=1, max_size=6), st.sampled_from([".jsonl", ".csv", ".tsv"]))
def test_table_readers_round_trip(tmp_path_factory, cells, suffix):
    """Whatever the cells hold (quotes, commas, tabs, line breaks, separators), a table written by
    the usual library is read back row for row, cell for cell, with line numbers that exist."""
    import csv
    import io

    from audit.core.io import read_table

    if suffix == ".tsv":  # TSV has no quoting: a cell cannot hold a tab or a line break
        cells = [re.sub("[\t\r\n]", " ", c) for c in cells]
    cells = [c if c.strip() else c + "x" for c in cells]  # an empty cell is a warned-about empty row
    path = tmp_path_factory.mktemp("rt") / f"t{suffix}"
    if suffix == ".jsonl":
        path.write_text(jl(*({"id": str(i), "mt": c} for i, c in enumerate(cells))), encoding="utf-8")
    elif suffix == ".csv":
        buf = io.StringIO(newline="")
        writer = csv.writer(buf)
        writer.writerow(["id", "mt"])
        writer.writerows([str(i), c] for i, c in enumerate(cells))
        path.write_text(buf.getvalue(), encoding="utf-8", newline="")
    else:
        path.write_text("id\tmt\n" + "".join(f"{i}\t{c}\n" for i, c in enumerate(cells)), encoding="utf-8")
    segments = read_table(path)
    assert [s.text for s in segments] == cells
    assert [s.id for s in segments] == [str(i) for i in range(len(cells))]


def test_api_rejects_what_it_cannot_audit():
    pd = pytest.importorskip("pandas")
    a = _auditor()
    for bad in ([None], [123], "a string", [["x"]], [b"bytes"]):
        with pytest.raises(ValueError):
            a.check(bad)  # type: ignore[arg-type]
    out = a.check_frame(pd.DataFrame({"mt": [H1, None, float("nan"), pd.NA]}))
    assert list(out["n_findings"][1:]) == [0, 0, 0]
    with pytest.raises(ValueError):
        a.check_frame(pd.DataFrame({"text": [H1]}))


# ---- family: HTML payloads ------------------------------------------------------------------------

PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(2)</script>",
    '"><svg onload=alert(3)>',
    "javascript:alert(4)",
    "<!--",
    "]]>{{7*7}}${7*7}",
]


def test_html_outputs_escape_payloads(tmp_path):
    rows = [
        {"id": f"id{p}", "doc": f"doc{p}", "mt": f"{H1} {p}", "src": f"The leader {p} spoke."}
        for p in PAYLOADS
    ]
    data = tmp_path / "p.jsonl"
    data.write_text(jl(*rows), encoding="utf-8")
    report = tmp_path / "r.html"
    assert cli("run", data, "-o", report, "--no-roundtrip").exit_code == 0
    cand = tmp_path / "c.jsonl"
    cand.write_text(jl(*({**r, "mt": r["mt"] + " और"} for r in rows)), encoding="utf-8")
    regress_html = tmp_path / "regress.html"
    assert cli("regress", data, cand, "-o", regress_html).exit_code in (0, 1)
    from audit.outputs.summary import finish_outputs, write_summary_html

    summary_html = tmp_path / "summary.html"
    write_summary_html(
        finish_outputs(tmp_path / "r.jsonl", None),
        summary_html,
        {"inputs": [str(data)], "results": "r.jsonl"},
    )
    for page in (report, regress_html, summary_html):
        html = page.read_text(encoding="utf-8")
        for p in PAYLOADS[:4]:
            assert p not in html, (page.name, p)
        assert "Content-Security-Policy" in html, page.name


# ---- family: hand-edited results and caches --------------------------------------------------------


def _results(tmp_path: Path) -> list[dict]:
    data = tmp_path / "in.jsonl"
    data.write_text(jl({"id": "1", "mt": H1}, {"id": "2", "mt": H2}), encoding="utf-8")
    out = tmp_path / "res.jsonl"
    assert cli("check", data, "--format", "jsonl", "-o", out).exit_code == 0
    return records(out)


EDITS = {
    "no-mt": lambda r: r.pop("mt"),
    "no-findings": lambda r: r.pop("findings"),
    "no-id": lambda r: r.pop("id"),
    "no-risk": lambda r: r.pop("risk"),
    "no-flagged": lambda r: r.pop("flagged"),
    "no-doc": lambda r: r.pop("doc"),
    "no-segment": lambda r: r.pop("segment"),
    "nan-risk": lambda r: r.update(risk=float("nan")),
    "string-risk": lambda r: r.update(risk="high"),
    "findings-not-list": lambda r: r.update(findings="x"),
    "finding-no-code": lambda r: r["findings"] and r["findings"][0].pop("code"),
    "finding-bad-offsets": lambda r: r["findings"] and r["findings"][0].update(start=-5, end=10**9),
    "finding-not-object": lambda r: r.update(findings=[1]),
    "mt-number": lambda r: r.update(mt=5),
    "scores-nan": lambda r: r.update(scores={"chrf": float("nan")}),
    "warnings-not-list": lambda r: r.update(warnings=3),
}


@pytest.mark.parametrize("case", sorted(EDITS))
def test_report_on_hand_edited_results(tmp_path, case):
    recs = _results(tmp_path)
    EDITS[case](recs[0])
    edited = tmp_path / "edited.jsonl"
    edited.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8")
    result = cli("report", edited, "-o", tmp_path / "r.html")
    if result.exit_code != 0:
        error_line(result, "edited.jsonl:1")
        assert not (tmp_path / "r.html").exists()


CACHE_CASES = ["cache-dir-is-a-file", "garbage-sqlite", "garbage-then-clear", "cache-dir-under-a-file"]


@pytest.mark.parametrize("case", CACHE_CASES)
def test_broken_cache_dir(tmp_path, case):
    data = _inputs(tmp_path)
    cache = tmp_path / "cache"
    if case == "cache-dir-is-a-file":
        cache.write_text("x")
        error_line(cli("check", data, "--cache-dir", cache), "cache")
        error_line(cli("cache", "clear", "--cache-dir", cache), "cache")
        return
    if case == "cache-dir-under-a-file":
        (tmp_path / "f").write_text("x")
        error_line(cli("check", data, "--cache-dir", tmp_path / "f" / "cache"), "cache")
        return
    cache.mkdir()
    for name in ("results.sqlite3", "translations.sqlite3", "e5_embeddings.sqlite"):
        (cache / name).write_bytes(b"this is not a database" * 100)
    if case == "garbage-then-clear":
        result = cli("cache", "clear", "--cache-dir", cache)
        assert result.exit_code == 0, result.output
        assert not [
            p for p in cache.iterdir() if p.stat().st_size > 0 and b"not a database" in p.read_bytes()
        ]
        return
    result = cli("check", data, "--format", "jsonl", "--cache-dir", cache)
    assert result.exit_code == 0, result.output
    assert "rebuilt" in result.stderr
    assert cli("check", data, "--format", "jsonl", "--cache-dir", cache).stdout == result.stdout


# ---- family: model options ------------------------------------------------------------------------


def test_model_options_fail_in_one_line(tmp_path):
    data = _inputs(tmp_path)
    error_line(cli("check", data, "--roundtrip", "all", "--device", "tpu"), "tpu")
    try:
        import torch

        has_cuda = torch.cuda.is_available()
    except ImportError:
        has_cuda = False
    if not has_cuda:
        error_line(
            cli("check", data, "--roundtrip", "all", "--mt-backend", "transformers", "--device", "cuda"),
            "cuda",
        )
    empty = tmp_path / "model"
    empty.mkdir()
    (empty / "config.json").write_text('{"model_type": "marian"}')
    error_line(cli("check", data, "--roundtrip", "all", "--mt-model", empty), "model")
