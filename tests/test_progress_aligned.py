"""Plain progress lines for CI logs; line-aligned -t/-s/-r inputs."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from audit.core.aligned import read_aligned
from audit.core.io import InputError
from audit.core.progress import Progress


def test_progress_writes_periodic_lines_when_not_a_terminal() -> None:
    out = io.StringIO()
    p = Progress(True, total=100, stream=out, interval=0.0, total_segments=100)
    for i in range(3):
        p.advance(10, segments=10 * (i + 1))
    p.stop()
    lines = out.getvalue().splitlines()
    assert len(lines) == 3
    assert re.fullmatch(
        r"auditing: 30 of 100 segments \(30%\), [\d,]+ segments/s, about \d+ s left", lines[-1]
    )


def test_progress_gives_no_time_left_before_enough_is_done() -> None:
    # After 1 of 278 segments the elapsed time is mostly start-up: no estimate yet, only the rate.
    out = io.StringIO()
    p = Progress(True, total=278, stream=out, interval=0.0, total_segments=278)
    p.advance(1, segments=1)
    p.advance(30, segments=31)
    p.stop()
    first, second = out.getvalue().splitlines()
    assert re.fullmatch(r"auditing: 1 of 278 segments \(0%\), [\d,]+ segments/s", first)
    assert second.endswith(" left")


def test_progress_is_quiet_for_short_runs_and_when_disabled() -> None:
    out = io.StringIO()
    p = Progress(True, total=10, stream=out, interval=60.0)
    p.advance(10)
    assert out.getvalue() == ""
    off = Progress(False, total=10, stream=out, interval=0.0)
    off.advance(5)
    assert out.getvalue() == ""


def test_aligned_files_give_one_segment_per_line(tmp_path: Path) -> None:
    (tmp_path / "mt.txt").write_text("पहला वाक्य।\n\nतीसरा वाक्य।\n", encoding="utf-8")
    (tmp_path / "src.txt").write_text("First.\r\nSecond.\r\nThird.\r\n", encoding="utf-8")
    segs = read_aligned(tmp_path / "mt.txt", tmp_path / "src.txt")
    assert [s.text for s in segs] == ["पहला वाक्य।", "", "तीसरा वाक्य।"]
    assert [s.src for s in segs] == ["First.", "Second.", "Third."]
    assert [(s.line, s.col) for s in segs] == [(1, 1), (2, 1), (3, 1)]
    assert segs[2].id == f"{tmp_path / 'mt.txt'}:3"
    assert any("empty line" in w for w in segs[1].warnings)


def test_aligned_length_mismatch_is_one_line_error(tmp_path: Path) -> None:
    (tmp_path / "mt.txt").write_text("एक।\nदो।\n", encoding="utf-8")
    (tmp_path / "ref.txt").write_text("एक।\nदो।\nतीन।\n", encoding="utf-8")
    with pytest.raises(
        InputError,
        match=r"ref.txt has 3 lines but .*mt.txt has 2: line-aligned files need one "
        r"segment per line in each \(-r\)",
    ):
        read_aligned(tmp_path / "mt.txt", ref=tmp_path / "ref.txt")
