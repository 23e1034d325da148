"""Hostile-input suite, HTML family in a real browser: payloads in the text, ids, document and
file names and messages run no script and fetch nothing in the report, the regress page and the
batch summary (Chromium through Playwright)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from audit.cli import app
from audit.outputs.summary import finish_outputs, write_summary_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's Chromium at /usr/bin/chromium"),
]
H1 = "उत्तर कोरिया के नेता किम जोंग उन ने कल भाषण दिया।"
PAYLOADS = [
    "<script>alert('text')</script>",
    "<img src=http://198.51.100.1/x.png onerror=alert('img')>",
    "</script><script>alert('close')</script>",
    '"><svg onload=alert("attr")>',
    "javascript:alert('href')",
    "{{constructor.constructor('alert(1)')()}}",
]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def visit(browser, page_path: Path) -> tuple[list[str], list[str]]:
    """(dialogs, requests other than the file itself) while the page loads and settles."""
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    requests: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on(
        "request",
        lambda r: requests.append(r.url) if not r.url.startswith(("file:", "data:", "blob:")) else None,
    )
    page.goto(page_path.as_uri())
    page.wait_for_timeout(300)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    page.wait_for_timeout(200)
    context.close()
    return dialogs, requests


def test_payloads_run_nothing_in_any_html_output(browser, tmp_path):
    rows = [
        {"id": f"id{p}", "doc": f"doc{p}", "mt": f"{H1} {p}", "src": f"The leader {p} spoke."}
        for p in PAYLOADS
    ]
    data = tmp_path / "payloads.jsonl"
    data.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    named = tmp_path / "<svg onload=alert('file')>.txt"  # a file name is shown too
    named.write_text(H1 + " <script>alert('in-file')</script>\n", encoding="utf-8")
    runner = CliRunner()
    report = tmp_path / "report.html"
    assert (
        runner.invoke(app, ["run", str(data), str(named), "-o", str(report), "--no-roundtrip"]).exit_code == 0
    )
    cand = tmp_path / "cand.jsonl"
    cand.write_text(
        "".join(json.dumps({**r, "mt": r["mt"] + " और और"}, ensure_ascii=False) + "\n" for r in rows),
        encoding="utf-8",
    )
    regress_page = tmp_path / "regress.html"
    result = runner.invoke(app, ["regress", str(data), str(cand), "-o", str(regress_page)])
    assert result.exit_code in (0, 1), result.output
    summary_page = tmp_path / "summary.html"
    write_summary_html(
        finish_outputs(tmp_path / "report.jsonl", None),
        summary_page,
        {"inputs": [str(data), str(named)], "results": str(tmp_path / "report.jsonl")},
    )
    for page_path in (report, regress_page, summary_page):
        dialogs, requests = visit(browser, page_path)
        assert dialogs == [], (page_path.name, dialogs)
        assert requests == [], (page_path.name, requests)
