"""``--mt-command 'CMD'``: round trip through any program that translates lines.

The program reads one segment per line on stdin and writes one translation per line on stdout,
in order — how ``marian-decoder``, ``ct2-translator``, ``fairseq-interactive``-style wrappers
or a small script behave. Each batch runs the command once: the lines are written, stdin is
closed, and exactly as many lines must come back (a different count is an error naming both
numbers, never a silent misalignment). Newlines inside a segment are sent as spaces.

``{src}`` and ``{tgt}`` in the command are replaced by the language codes (``hi``, ``en``) of the
direction asked for, so one command can serve both directions of the round trip
(``--mt-command 'my-mt --from {src} --to {tgt}'``). Without them the command is taken to
translate Hindi → English only, and the round trip stops at the back-translation.

The command line is split like a shell would (``shlex``) but run without a shell; use
``sh -c '…'`` for pipelines. It runs with the auditor's environment and working directory.
"""

from __future__ import annotations

import hashlib
import shlex
import subprocess

from audit.roundtrip.base import BackendUnavailableError, RoundTripError

DEFAULT_TIMEOUT = 600.0  # seconds for one batch


class CommandError(RoundTripError):
    """The MT command failed, timed out, or answered with the wrong number of lines."""


class CommandTranslator:
    """A :class:`~audit.roundtrip.base.Translator` that pipes lines through an external command."""

    backend = "command"
    decoding = "command"

    def __init__(
        self,
        command: str,
        *,
        timeout: float = DEFAULT_TIMEOUT,
        batch_size: int = 256,
        revision: str | None = None,
    ) -> None:
        try:
            argv = shlex.split(command)
        except ValueError as exc:
            raise BackendUnavailableError(f"--mt-command {command!r}: {exc}") from None
        if not argv:
            raise BackendUnavailableError("--mt-command is empty")
        self.command = command
        self.timeout = timeout
        self.batch_size = max(1, batch_size)
        self.both_directions = "{src}" in command or "{tgt}" in command
        self.direction = None if self.both_directions else ("hi", "en")
        self.model_id = f"command: {command}"
        # the command text identifies the "model" in the cache key; pass revision= to bust the
        # cache when the program behind the same command line changes
        self.revision = revision or hashlib.sha256(command.encode("utf-8")).hexdigest()[:12]

    def _argv(self, src_lang: str, tgt_lang: str) -> list[str]:
        return [
            part.replace("{src}", src_lang).replace("{tgt}", tgt_lang) for part in shlex.split(self.command)
        ]

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        if not self.both_directions and (src_lang, tgt_lang) != ("hi", "en"):
            raise CommandError(
                f"--mt-command translates hi→en only (no {{src}}/{{tgt}} in it), not {src_lang}→{tgt_lang}"
            )
        out: list[str] = []
        for i in range(0, len(texts), self.batch_size):
            out.extend(self._run(texts[i : i + self.batch_size], src_lang, tgt_lang))
        return out

    def _run(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        if not texts:
            return []
        argv = self._argv(src_lang, tgt_lang)
        lines = [" ".join(t.splitlines()) for t in texts]
        try:
            proc = subprocess.run(
                argv,
                input="\n".join(lines) + "\n",
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=self.timeout,
                check=False,
            )
        except FileNotFoundError:
            raise CommandError(f"--mt-command: program not found: {argv[0]}") from None
        except PermissionError:
            raise CommandError(f"--mt-command: not executable: {argv[0]}") from None
        except subprocess.TimeoutExpired:
            raise CommandError(
                f"--mt-command {self.command!r} did not finish {len(texts)} lines within {self.timeout:g} s"
            ) from None
        if proc.returncode != 0:
            tail = " ".join(proc.stderr.strip().splitlines()[-2:])[:300]
            raise CommandError(
                f"--mt-command {self.command!r} exited with status {proc.returncode}"
                + (f": {tail}" if tail else "")
            )
        got = proc.stdout.splitlines()
        if len(got) == len(texts) + 1 and not got[-1].strip():
            got = got[:-1]
        if len(got) != len(texts):
            raise CommandError(
                f"--mt-command {self.command!r} wrote {len(got)} lines for {len(texts)} input lines "
                "(it must write exactly one translation per line, in order)"
            )
        return [line.strip() for line in got]
