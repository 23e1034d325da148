"""Progress on stderr: a bar on a terminal, a plain line every few seconds elsewhere (CI logs).

``audit run`` and ``audit check`` report through :class:`Progress`. When stderr is a terminal it
draws a transient rich bar; when it is not (a CI job, ``2> log``) it writes a line such as
``auditing: 4,200 of 10,000 segments (42%), 310 segments/s, about 19 s left`` every
``interval`` seconds (default 5; ``$AUDIT_PROGRESS_INTERVAL``), and nothing for runs that end
sooner. Lines go to stderr so stdout stays machine-readable.
"""

from __future__ import annotations

import os
import sys
import time
from typing import IO, Any

DEFAULT_INTERVAL = 5.0


# Below this fraction done, the elapsed time is mostly start-up (lexicons, derived tables), so
# an estimate of the time left would be wildly high ("1 of 278 segments, about 1 h 56 min left").
_MIN_ESTIMATE = 0.05


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get("AUDIT_PROGRESS_INTERVAL", DEFAULT_INTERVAL)))
    except ValueError:
        return DEFAULT_INTERVAL


def _duration(seconds: float) -> str:
    seconds = max(0, int(round(seconds)))
    if seconds < 90:
        return f"{seconds} s"
    if seconds < 5400:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


class Progress:
    """Progress of ``total`` units (segments, or input bytes with segments counted beside them)."""

    def __init__(
        self,
        enabled: bool,
        total: float | None,
        *,
        label: str = "auditing",
        stream: IO[str] | None = None,
        interval: float | None = None,
        total_segments: int | None = None,
    ) -> None:
        self.enabled = enabled
        self.total = total or None
        self.total_segments = total_segments
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.interval = _interval() if interval is None else interval
        self.done = 0.0
        self.segments = 0
        self.start = time.monotonic()
        self.last_line = self.start
        self.lines = 0
        self.bar: Any = None
        if not enabled:
            return
        is_tty = bool(getattr(self.stream, "isatty", lambda: False)())
        if is_tty:
            from rich.console import Console
            from rich.progress import BarColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn
            from rich.progress import Progress as RichProgress

            console = Console(file=self.stream)
            self.bar = RichProgress(
                TextColumn(label),
                BarColumn(),
                TextColumn("{task.percentage:>3.0f}%"),
                TextColumn("{task.fields[segments]:,} segments, {task.fields[rate]:.0f}/s"),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                console=console,
                transient=True,
            )
            self.task = self.bar.add_task(label, total=self.total, segments=0, rate=0.0)
            self.bar.start()

    def advance(self, weight: float = 1.0, segments: int | None = None) -> None:
        """``weight`` more units done; ``segments`` is the running count of segments (None: unchanged)."""
        if not self.enabled:
            return
        self.done += weight
        self.segments = self.segments if segments is None else segments
        now = time.monotonic()
        rate = self.segments / max(now - self.start, 1e-6)
        if self.bar is not None:
            self.bar.update(self.task, advance=weight, segments=self.segments, rate=rate)
        elif now - self.last_line >= self.interval:
            self.last_line = now
            self.stream.write(self.line(now) + "\n")
            self.stream.flush()
            self.lines += 1

    def line(self, now: float | None = None) -> str:
        """The plain progress line (what a non-terminal stderr gets)."""
        now = time.monotonic() if now is None else now
        elapsed = max(now - self.start, 1e-6)
        rate = self.segments / elapsed
        text = f"{self.label}: {self.segments:,}"
        if self.total_segments:
            text += f" of {self.total_segments:,}"
        text += " segments"
        if self.total:
            frac = min(1.0, self.done / self.total)
            text += f" ({frac:.0%})"
            if _MIN_ESTIMATE <= frac < 1:
                text += f", {rate:,.0f} segments/s, about {_duration(elapsed * (1 - frac) / frac)} left"
            else:
                text += f", {rate:,.0f} segments/s"
        else:
            text += f", {rate:,.0f} segments/s, {_duration(elapsed)} so far"
        return text

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()
            self.bar = None
