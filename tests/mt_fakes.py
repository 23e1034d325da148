"""Stand-ins for the MT people already run: a line-by-line program, a LibreTranslate server and an
OpenAI-compatible chat-completions server on 127.0.0.1. All translate with one small word table,
so their outputs are predictable and the same across backends."""

from __future__ import annotations

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

WORDS = {
    "सरकार": "government",
    "ने": "",
    "नया": "new",
    "बजट": "budget",
    "पेश": "presented",
    "किया": "did",
    "नेता": "leader",
    "बैठक": "meeting",
    "हुई": "happened",
    "आज": "today",
    "है": "is",
}
BACK = {v: k for k, v in WORDS.items() if v}


def fake_translate(text: str, src: str, tgt: str) -> str:
    table = WORDS if (src, tgt) == ("hi", "en") else BACK
    out = [table.get(w.strip("।.,"), w.strip("।.,")) for w in text.split()]
    return " ".join(w for w in out if w)


LINE_PROGRAM = """\
import sys
sys.path.insert(0, {here!r})
from mt_fakes import fake_translate
args = sys.argv[1:]
src, tgt = (args + ["hi", "en"])[:2]
if "--fail" in args:
    sys.stderr.write("model file missing\\n"); sys.exit(3)
lines = sys.stdin.read().splitlines()
if "--drop" in args:
    lines = lines[:-1]
for line in lines:
    print(fake_translate(line, src, tgt))
"""


def write_line_program(folder: Path) -> Path:
    """A script that translates stdin lines to stdout lines: ``python prog.py SRC TGT``."""
    path = folder / "line_mt.py"
    path.write_text(LINE_PROGRAM.format(here=str(Path(__file__).resolve().parent)), encoding="utf-8")
    return path


def command_for(program: Path, *args: str) -> str:
    return " ".join([sys.executable, str(program), *args])


class FakeMTServer:
    """LibreTranslate ``/translate`` and OpenAI ``/v1/chat/completions`` on 127.0.0.1:<free port>.

    ``fail_first`` requests answer 503 (with ``Retry-After: 0``); ``delay`` seconds are slept per
    request; ``max_active`` records the most requests in flight at once.
    """

    def __init__(self, fail_first: int = 0, delay: float = 0.0) -> None:
        self.fail_first = fail_first
        self.delay = delay
        self.requests: list[dict[str, Any]] = []
        self.active = 0
        self.max_active = 0
        self.lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep test output clean
                pass

            def _done(self) -> None:
                """The request leaves the in-flight count once, before its response goes out: a
                client that has its answer may send the next request at once, and the count must
                not still hold this one (that race made max_active read one too many)."""
                if getattr(self, "_in_flight", False):
                    self._in_flight = False
                    with server.lock:
                        server.active -= 1

            def _send(self, code: int, body: Any, headers: dict[str, str] | None = None) -> None:
                data = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self._done()
                self.send_response(code)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(data)

            def do_POST(self) -> None:  # noqa: N802
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                with server.lock:
                    server.requests.append(
                        {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
                    )
                    n = len(server.requests)
                    server.active += 1
                    server.max_active = max(server.max_active, server.active)
                self._in_flight = True
                try:
                    if server.delay:
                        time.sleep(server.delay)
                    if n <= server.fail_first:
                        self._send(503, {"error": "busy"}, {"Retry-After": "0"})
                    elif self.path == "/translate":
                        if not isinstance(body.get("q"), str):
                            self._send(400, {"error": "q must be a string"})
                            return
                        self._send(
                            200, {"translatedText": fake_translate(body["q"], body["source"], body["target"])}
                        )
                    elif self.path == "/v1/chat/completions":
                        system = body["messages"][0]["content"]
                        src, tgt = ("hi", "en") if "from Hindi to English" in system else ("en", "hi")
                        text = fake_translate(body["messages"][1]["content"], src, tgt)
                        self._send(
                            200,
                            {
                                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}],
                                "model": body.get("model"),
                            },
                        )
                    else:
                        self._send(404, {"error": "no such endpoint"})
                finally:
                    self._done()

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> FakeMTServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
