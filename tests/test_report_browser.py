"""The HTML report in a real browser: Playwright driving Debian's Chromium, headless, offline."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from report_records import HOSTILE, hostile_records, many_records, meta_for, seed_records

from audit.outputs.report import apply_decisions, load_decisions, write_report

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-core)",
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    pg = context.new_page()
    pg.dialogs = []  # any alert/confirm/prompt is a failure of the escaping
    pg.errors = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    pg.on(
        "request",
        lambda r: (
            pg.errors.append("network: " + r.url)
            if not r.url.startswith(("file:", "blob:", "data:"))
            else None
        ),
    )
    yield pg
    context.close()


def open_report(page, path: Path, fragment: str = "") -> None:
    page.goto(path.as_uri() + fragment)
    page.wait_for_selector("html[data-ready='1']", timeout=60_000)


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory) -> tuple[Path, list[dict]]:
    records = seed_records()
    path = write_report(records, tmp_path_factory.mktemp("report") / "seed.html", meta_for(records))
    return path, records


def counts(page) -> dict[str, int]:
    return {k: int(page.text_content(f"#count-{k}")) for k in ("open", "accepted", "dismissed")}


def test_seed_report_renders_every_segment_and_screenshot(page, seed_report) -> None:
    path, records = seed_report
    open_report(page, path)
    texts = page.locator("article.seg p.mt").all_text_contents()
    assert texts == [r["mt"] for r in records]  # every segment, in order, text intact
    assert page.locator("article.seg.clean").count() == sum(1 for r in records if not r["findings"])
    n_findings = sum(len(r["findings"]) for r in records)
    assert page.locator("li.finding").count() == n_findings
    assert page.locator("mark.hl").count() >= len(
        {(id(r), f["start"]) for r in records for f in r["findings"]}
    )
    assert page.locator("p.mt[lang='hi']").count() == len(records)
    assert page.locator("dd.diff del, dd.diff ins").count() > 0  # round-trip diff shown
    # Devanagari is laid out with a real font, not tofu: a Hindi line has real width per glyph
    width = page.evaluate("""() => { const c = document.createElement('canvas').getContext('2d');
        c.font = '20px "Noto Sans Devanagari"'; return c.measureText('हिन्दी').width; }""")
    assert width > 20
    # hover shows rule, message and suggestion
    first = page.locator("mark.hl").first
    first.hover()
    tip = page.locator("#tip")
    assert tip.is_visible()
    f0 = records[[i for i, r in enumerate(records) if r["findings"]][0]]["findings"]
    assert any(f["code"] in tip.text_content() for f in f0)
    page.keyboard.press("Escape")
    assert not tip.is_visible()
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seed.png"))  # header, summary, histogram
    page.screenshot(path=str(ARTIFACTS / "report-seed-full.png"), full_page=True)
    # segments with the tooltip of a highlighted span open
    page.locator("article.seg").first.evaluate(
        "e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -175); }"
    )
    page.locator("article.seg").first.locator("mark.hl").nth(1).hover()
    page.screenshot(path=str(ARTIFACTS / "report-seed-segments.png"))
    for name in ("report-seed.png", "report-seed-segments.png"):
        assert (ARTIFACTS / name).stat().st_size > 10_000
    assert page.errors == [] and page.dialogs == []


def test_filters_hide_what_they_should(page, seed_report) -> None:
    path, records = seed_report
    open_report(page, path)
    total = len(records)
    cat = "name-calque"
    expected = [r["mt"] for r in records if any(f["category"] == cat for f in r["findings"])]
    assert 0 < len(expected) < total
    page.click(f".chip[data-filter='category'][data-value='{cat}']")
    assert page.locator("article.seg p.mt").all_text_contents() == expected
    page.click(f".chip[data-filter='category'][data-value='{cat}']")  # toggle off
    assert page.locator("article.seg").count() == total

    page.click(".chip[data-filter='severity'][data-value='major']")
    assert page.locator("article.seg").count() == sum(
        1 for r in records if any(f["severity"] == "major" for f in r["findings"])
    )
    page.click("#filter-reset")

    page.check("#filter-flagged")
    assert page.locator("article.seg").count() == sum(1 for r in records if r["flagged"] or r["findings"])
    assert page.locator("article.seg.clean").count() == 0
    page.uncheck("#filter-flagged")

    page.fill("#filter-risk", "0.9")
    sync_api.expect(page.locator("article.seg")).to_have_count(sum(1 for r in records if r["risk"] >= 0.9))
    page.click("#filter-reset")

    page.select_option("#filter-rule", "HI201")
    assert page.locator("article.seg").count() == sum(
        1 for r in records if any(f["code"] == "HI201" for f in r["findings"])
    )
    page.click("#filter-reset")

    word = "कोरियाई केंद्रीय"
    page.fill("#filter-search", word)
    sync_api.expect(page.locator("article.seg")).to_have_count(sum(1 for r in records if word in r["mt"]))
    page.click("#filter-reset")
    assert page.locator("article.seg").count() == total
    assert page.errors == []


def test_review_workflow_counts_export_and_next_run(page, seed_report, tmp_path) -> None:
    path, records = seed_report
    open_report(page, path)
    n = sum(len(r["findings"]) for r in records)
    assert counts(page) == {"open": n, "accepted": 0, "dismissed": 0}
    findings = page.locator("li.finding")
    findings.nth(0).locator("input.note").fill("not an error here")
    findings.nth(0).locator("input.note").press("Tab")
    findings.nth(0).locator("button.dismiss").click()
    findings.nth(1).locator("button.accept").click()
    assert counts(page) == {"open": n - 2, "accepted": 1, "dismissed": 1}
    assert "status-dismissed" in findings.nth(0).get_attribute("class")

    # keyboard: j jumps to the first flagged segment, d dismisses its next open finding
    page.locator("body").click(position={"x": 5, "y": 5})
    page.keyboard.press("j")
    current = page.locator("article.seg.current")
    assert current.count() == 1
    page.keyboard.press("d")
    assert counts(page)["dismissed"] == 2
    page.keyboard.press("j")
    page.keyboard.press("k")
    assert page.locator("article.seg.current").count() == 1

    with page.expect_download() as info:
        page.click("#export-json")
    exported = tmp_path / "decisions.json"
    info.value.save_as(exported)
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["format"] == "hindi-mt-audit-decisions"
    statuses = sorted(d["status"] for d in data["decisions"])
    assert statuses == ["accepted", "dismissed", "dismissed"]
    assert any(d["note"] == "not an error here" for d in data["decisions"])
    with page.expect_download() as info_csv:
        page.click("#export-csv")
    csv_path = tmp_path / "decisions.csv"
    info_csv.value.save_as(csv_path)
    assert len(load_decisions(csv_path)) == 3

    # persisted in the browser: a reload keeps them
    page.reload()
    page.wait_for_selector("html[data-ready='1']")
    assert counts(page) == {"open": n - 3, "accepted": 1, "dismissed": 2}

    # next run reads the exported file: dismissed stays dismissed in a fresh browser profile
    rerun = seed_records()
    apply_decisions(rerun, load_decisions(exported))
    report2 = write_report(rerun, tmp_path / "rerun.html", meta_for(rerun))
    fresh = page.context.browser.new_context()
    p2 = fresh.new_page()
    open_report(p2, report2)
    assert counts(p2) == {"open": n - 3, "accepted": 1, "dismissed": 2}
    assert p2.locator("li.finding.status-dismissed").count() == 2
    assert p2.locator("li.finding.status-dismissed .from-file").count() == 2
    fresh.close()


def test_deep_link_opens_segment(page, seed_report) -> None:
    path, records = seed_report
    target = records[7]
    open_report(page, path, "#s=" + target["id"].replace("#", "%23"))
    current = page.locator("article.seg.current")
    assert current.count() == 1
    assert current.locator("p.mt").text_content() == target["mt"]
    href = current.locator("a.permalink").get_attribute("href")
    assert href.startswith("#s=")
    page.click("#filter-flagged")  # a deep link into a filtered-out segment resets the filters
    page.click(".doc-table a")
    current = page.locator("article.seg.current")
    assert current.locator("p.mt").text_content() == records[0]["mt"]
    page.goto(path.as_uri() + "#s=%E0%A4")  # malformed: ignored, no error
    assert page.errors == []


def test_hostile_input_is_shown_literally_and_never_runs(page, tmp_path) -> None:
    records = hostile_records()
    path = write_report(records, tmp_path / "hostile.html", meta_for(records))
    open_report(page, path)
    assert page.locator("article.seg").count() == len(records)
    assert page.locator("article.seg p.mt").all_text_contents() == [r["mt"] for r in records]
    assert page.locator("img").count() == 0
    assert page.locator("script").count() == 2
    body = page.text_content("body")
    for payload in HOSTILE:
        assert payload in body
    for mark in page.locator("mark.hl").all():  # tooltips, too, render text only
        mark.focus()
    for det in page.locator("details").all():
        det.evaluate("d => d.open = true")
    page.click(".chip[data-filter='category']")
    sync_api.expect(page.locator("article.seg")).to_have_count(1)  # categories are hostile strings too
    page.click(".chip[data-filter='category']")
    page.fill("#filter-search", "<script>")
    sync_api.expect(page.locator("article.seg")).to_have_count(sum("<script>" in p for p in HOSTILE))
    page.wait_for_timeout(200)
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('[onerror], [onload]').length") == 0


def test_ten_thousand_segments_load_time(page, tmp_path) -> None:
    records = many_records(10_000)
    t0 = time.perf_counter()
    path = write_report(records, tmp_path / "big.html", meta_for(records))
    render_s = time.perf_counter() - t0
    t1 = time.perf_counter()
    open_report(page, path)
    wall_s = time.perf_counter() - t1
    load_ms = float(page.evaluate("document.documentElement.dataset.loadMs"))
    assert page.locator("article.seg").count() == 100  # one page rendered, the rest on demand
    t2 = time.perf_counter()
    page.click(".chip[data-filter='category'][data-value='name-calque']")
    page.wait_for_selector("#status")
    filter_s = time.perf_counter() - t2
    t3 = time.perf_counter()
    page.click("nav.pager >> nth=0 >> button.next")
    page_s = time.perf_counter() - t3
    t4 = time.perf_counter()
    page.keyboard.press("j")
    page.locator("article.seg.current").wait_for()
    nav_s = time.perf_counter() - t4
    line = (
        f"10000 segments, {path.stat().st_size / 1e6:.1f} MB: python render {render_s:.2f} s; "
        f"browser load to first page {load_ms:.0f} ms (wall {wall_s:.2f} s); "
        f"category filter {filter_s * 1000:.0f} ms; next page {page_s * 1000:.0f} ms; j {nav_s * 1000:.0f} ms"
    )
    print(line)
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "report-load-time.txt").write_text(line + "\n", encoding="utf-8")
    assert page.errors == []


def test_real_pipeline_seed_report(page, tmp_path, seed000) -> None:
    """`audit run` on seed 000, end to end: every segment shown, real findings highlighted."""
    from typer.testing import CliRunner

    from audit.cli import app

    out = tmp_path / "seed000.html"
    result = CliRunner().invoke(app, ["run", str(seed000), "-o", str(out), "--roundtrip", "none"])
    assert result.exit_code == 0, result.output
    records = [
        json.loads(line) for line in out.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()
    ]
    open_report(page, out)
    assert page.locator("article.seg p.mt").all_text_contents() == [r["mt"] for r in records]
    assert page.locator("li.finding").count() == sum(len(r["findings"]) for r in records) > 0
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "report-seed-pipeline.png"), full_page=False)
    assert page.errors == []
