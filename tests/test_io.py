from __future__ import annotations

import json
from pathlib import Path

import pytest

from audit.core.io import Columns, InputError, atomic_write, expand_inputs, read_inputs, read_table


def write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_jsonl_csv_tsv_rows(tmp_path):
    j = write(
        tmp_path / "a.jsonl",
        json.dumps({"mt": "नमस्ते दुनिया", "src": "Hello world", "id": "x1"}, ensure_ascii=False) + "\n",
    )
    c = write(tmp_path / "b.csv", 'mt,src,ref\n"नमस्ते, दुनिया",Hello,नमस्ते\n')
    t = write(tmp_path / "c.tsv", "hindi\tenglish\nनमस्ते\tHello\n")
    (seg,) = read_table(j)
    assert (seg.id, seg.src, seg.text) == ("x1", "Hello world", "नमस्ते दुनिया")
    (seg,) = read_table(c)
    assert seg.text == "नमस्ते, दुनिया" and seg.ref == "नमस्ते" and seg.id == f"{c}#1"
    (seg,) = read_table(t, Columns(mt="hindi", src="english"))
    assert seg.src == "Hello"


def test_missing_mt_column_lists_columns(tmp_path):
    c = write(tmp_path / "b.csv", "hindi,src\nनमस्ते,Hello\n")
    with pytest.raises(InputError, match=r"no 'mt' column \(columns found: hindi, src\)"):
        read_table(c)


def test_empty_row_is_kept_with_warning(tmp_path):
    j = write(tmp_path / "a.jsonl", '{"mt": "नमस्ते"}\n{"mt": ""}\n{"mt": "ठीक है"}\n')
    segs = read_table(j)
    assert len(segs) == 3
    assert "empty 'mt' value" in segs[1].warnings[0]
    assert f"{j}:2" in segs[1].warnings[0]


def test_invalid_json_names_line(tmp_path):
    j = write(tmp_path / "a.jsonl", '{"mt": "ok"}\n{oops\n')
    with pytest.raises(InputError, match=r"a.jsonl:2: invalid JSON"):
        read_table(j)


def test_undecodable_bytes_report_offset(tmp_path):
    p = write(tmp_path / "bad.txt", "नमस्ते".encode() + b"\xff\xfe rest")
    with pytest.raises(InputError, match=r"bad.txt: not valid UTF-8 at byte offset 18"):
        read_inputs([p])


def test_missing_file_and_empty_dir(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_inputs([tmp_path / "nope.txt"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="directory has no .txt"):
        expand_inputs([tmp_path / "empty"])
    with pytest.raises(InputError, match="file is empty"):
        read_inputs([write(tmp_path / "e.txt", "   \n")])


def test_nul_bidi_zero_width_warn(tmp_path):
    p = write(tmp_path / "w.txt", "नम\u200bस्ते\x00 दुनिया\u202e।")
    (seg,) = read_inputs([p])
    text = " ".join(seg.warnings)
    assert "NUL" in text and "U+200B" in text and "U+202E" in text


def test_one_megabyte_line_is_one_segment_with_warning(tmp_path):
    p = write(tmp_path / "big.txt", "क" * 1_000_000)
    (seg,) = read_inputs([p])
    assert len(seg.text) == 1_000_000 and any("very long" in w for w in seg.warnings)


def test_directory_reads_inputs_in_order(tmp_path):
    write(tmp_path / "b.txt", "दूसरा।")
    write(tmp_path / "a.txt", "पहला। फिर।")
    write(tmp_path / "README.md", "ignored")
    segs = read_inputs([tmp_path])
    assert [s.text for s in segs] == ["पहला।", "फिर।", "दूसरा।"]
    assert segs[0].id == f"{tmp_path / 'a.txt'}#1"


def test_atomic_write_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.jsonl"
    with pytest.raises(RuntimeError):
        with atomic_write(target) as fh:
            fh.write("partial")
            raise RuntimeError("boom")
    assert list(tmp_path.iterdir()) == []
    with atomic_write(target) as fh:
        fh.write("done")
    assert target.read_text() == "done"
