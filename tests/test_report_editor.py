"""The editor's report in a real browser (issue 15): gloss, stable colours, layout at 420 px and
1,400 px, scores toggle, the user's ids and locations, layout-independent shortcuts, notes
without a decision, the not-Hindi badge, the Hindi interface. Screenshots go to docs/img/.

Text is read with ``textContent`` (``text_content``), not ``innerText``, so a CSS change cannot
hide or reorder what is asserted.
"""

from __future__ import annotations

import copy
import json
import os
import re
from pathlib import Path

import pytest
from report_records import meta_for, seed_records

from audit.core.model import Finding, Segment, SegmentResult
from audit.outputs.report import apply_decisions, load_decisions, write_report
from audit.outputs.report.render import _package_json, category_styles

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
# Screenshots go to test-artifacts/ (ignored by git); AUDIT_DOCS_IMG=1 writes the ones in docs/img/ instead.
_ROOT = Path(__file__).resolve().parent.parent
DOCS_IMG = _ROOT / "docs" / "img" if os.environ.get("AUDIT_DOCS_IMG") else _ROOT / "test-artifacts"
DOCS_IMG.mkdir(exist_ok=True)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(),
        reason="needs Debian's Chromium at /usr/bin/chromium (apt-get install chromium fonts-noto-core)",
    ),
]
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")

LONG = "अ" * 40 + "x" * 260  # one unbroken token, 300 characters


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def new_page(browser, width: int = 1280, height: int = 900):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    pg = context.new_page()
    pg.errors = []
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    pg.on("console", lambda m: pg.errors.append(m.text) if m.type == "error" else None)
    return pg


@pytest.fixture
def page(browser):
    pg = new_page(browser)
    yield pg
    pg.context.close()


def open_report(page, path: Path, fragment: str = "") -> None:
    page.goto(path.as_uri() + fragment)
    page.wait_for_selector("html[data-ready='1']", timeout=60_000)


def gloss_record() -> dict:
    """A flagged segment glossed by the offline dictionary: one sure word, three unsure ones."""
    seg = Segment(doc="news.txt", index=1, text="रूसी राज्य मीडिया ने कहा।")
    finding = Finding(
        code="HI202",
        category="title-calque",
        severity="minor",
        start=5,
        end=17,
        span="राज्य मीडिया",
        message="“state media” rendered word for word.",
        suggestion="सरकारी मीडिया",
    )
    words = [
        {"hi": "रूसी", "en": "dandruff", "alts": [], "low": "rare"},
        {"hi": "राज्य", "en": "duchy", "alts": ["state", "realm"], "low": "narrow", "note": "ड्यूक का"},
        {"hi": "मीडिया", "en": None, "alts": [], "low": None},
        {"hi": "ने", "en": None, "alts": [], "low": None},
        {"hi": "कहा", "en": "said", "alts": [], "low": None},
    ]
    rt = {
        "model": "freedict-eng-hin (word gloss)",
        "kind": "gloss",
        "gloss": "dandruff duchy [मीडिया] [ने] said",
        "gloss_words": words,
        "note": "word-by-word dictionary gloss, not a translation",
    }
    return SegmentResult(segment=seg, findings=[finding], risk=0.8, flagged=True, roundtrip=rt).to_record()


def write(tmp_path: Path, records: list[dict], name: str, lang: str | None = None) -> Path:
    return write_report(records, tmp_path / name, meta_for(records), lang=lang)


def test_gloss_is_shown_labelled_with_low_confidence_marks(page, tmp_path) -> None:
    records = [gloss_record()] + seed_records()[:3]
    open_report(page, write(tmp_path, records, "gloss.html"))
    seg = page.locator("#seg-0")
    labels = seg.locator("dl.side dt").all_text_contents()
    assert any("Word gloss" in t and "not a translation" in t for t in labels), labels
    gloss = seg.locator("dd.gloss")
    text = gloss.text_content()
    assert "dandruff" in text and "duchy" in text and "said" in text and "[मीडिया]" in text
    low = gloss.locator(".g-low")
    assert low.count() == 2
    assert [w.get_attribute("data-hi") for w in low.all()] == ["रूसी", "राज्य"]
    assert low.nth(0).locator(".g-mark").text_content() == "?"
    assert "low confidence" in low.nth(0).get_attribute("title") and "rare" in low.nth(0).get_attribute(
        "title"
    )
    assert "ड्यूक का" in low.nth(1).get_attribute("title") and "state, realm" in low.nth(1).get_attribute(
        "title"
    )
    assert gloss.locator(".g-word:not(.g-low)").all_text_contents() == ["said"]
    assert "low-confidence" in gloss.locator(".g-legend").text_content()
    # the search box finds segments by their gloss, too
    page.fill("#filter-search", "dandruff")
    sync_api.expect(page.locator("article.seg")).to_have_count(1)
    page.fill("#filter-search", "")
    # clearing the filter re-renders the list: wait until every segment is back before the screenshot,
    # or the element can be detached under load
    sync_api.expect(page.locator("article.seg")).to_have_count(len(records))
    seg = page.locator("#seg-0")
    seg.scroll_into_view_if_needed()
    seg.screenshot(path=str(DOCS_IMG / "report-gloss.png"))
    assert page.errors == []


def test_category_colours_are_fixed_across_reports(page, tmp_path) -> None:
    records = seed_records()
    # report 1: every category; report 2: only two of them, in a different order of appearance
    first = write(tmp_path, records, "one.html")
    subset = [
        r for r in records if any(f["category"] in ("name-calque", "repetition") for f in r["findings"])
    ]
    for r in subset:
        r["findings"] = sorted(
            (f for f in r["findings"] if f["category"] in ("name-calque", "repetition")),
            key=lambda f: f["category"] != "repetition",
        )
    second = write(tmp_path, subset, "two.html")

    def looks(path: Path) -> dict[str, tuple[str, str]]:
        open_report(page, path)
        return page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('.chip[data-filter=category]')]
            .map(c => { const s = getComputedStyle(c.querySelector('.swatch'));
                        return [c.dataset.value, [s.borderTopColor, s.backgroundImage]]; }))""")

    a, b = looks(first), looks(second)
    assert set(b) == {"name-calque", "repetition"} and set(b) < set(a)
    for cat in b:
        assert a[cat] == b[cat], cat
    # known categories never share colour *and* pattern, and unknown ones hash to a stable slot
    styles = category_styles(sorted(_package_json("categories.json")["categories"]))
    slots = [(s["colour"], s["pattern"]) for s in styles.values()]
    assert len(slots) == len(set(slots))
    assert (
        category_styles(["made-up-category"])["made-up-category"]
        == category_styles(["x", "made-up-category"])["made-up-category"]
    )
    assert page.errors == []


def long_token_records() -> list[dict]:
    records = seed_records()[:4]
    rec = copy.deepcopy(records[1])
    rec["mt"] = "यह " + LONG + " है।"
    rec["src"] = "This " + "y" * 300 + " is."
    rec["doc"] = "doc-" + "z" * 200 + ".txt"
    rec["id"] = rec["doc"] + "#2"
    rec["warnings"] = ["w" * 250]
    rec["findings"] = [
        {
            "code": "HI403",
            "category": "untranslated",
            "severity": "minor",
            "start": 3,
            "end": 3 + len(LONG),
            "span": LONG,
            "message": "m" * 300,
            "suggestion": "स" * 300,
            "evidence": {"k" * 80: "v" * 300},
        }
    ]
    rec["roundtrip"] = {
        "model": "m" * 120,
        "kind": "translation",
        "backtranslation": "b" * 300,
        "roundtrip": "र" * 300,
        "scores": {"roundtrip_chrf": 10.0},
    }
    rec["scores"] = {"len_ratio": 1.2, "e5_cos": 0.8}
    records.insert(1, rec)
    return records


@pytest.mark.parametrize("width", [420, 1400])
def test_no_horizontal_overflow(browser, tmp_path, width) -> None:
    path = write(tmp_path, long_token_records(), f"long-{width}.html")
    page = new_page(browser, width=width, height=900)
    try:
        open_report(page, path)
        page.check("#show-scores") if page.locator("#show-scores").is_visible() else page.evaluate(
            "() => { const c = document.getElementById('show-scores'); c.checked = true; "
            "c.dispatchEvent(new Event('change')); }"
        )
        page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
        sizes = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        assert sizes[0] <= sizes[1], f"page scrolls sideways at {width}px: {sizes}"
        # nothing inside a segment sticks out of it (no text running into the side column)
        out = page.evaluate("""() => { const bad = [];
            document.querySelectorAll('article.seg').forEach(a => { const box = a.getBoundingClientRect();
              a.querySelectorAll('*').forEach(e => { const r = e.getBoundingClientRect();
                if (r.width && (r.right > box.right + 1 || r.left < box.left - 1)) bad.push(e.tagName + '.' + e.className); }); });
            return bad; }""")
        assert out == []
        main_right, side_left = (
            page.evaluate("""() => { const a = document.querySelectorAll('article.seg')[1];
            const m = a.querySelector('.main').getBoundingClientRect(), s = a.querySelector('.side').getBoundingClientRect();
            return [m.right, s.left]; }""")
        )
        if width >= 900:
            assert main_right <= side_left  # two columns, the Hindi stays in its own
        page.locator("article.seg").nth(1).evaluate(
            "e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -40); }"
        )
        page.screenshot(path=str(DOCS_IMG / f"report-{width}px.png"))
        assert page.errors == []
    finally:
        page.context.close()


@pytest.mark.parametrize("width, height", [(420, 800), (1400, 900)])
def test_filter_bar_leaves_room_and_deep_link_is_visible(browser, tmp_path, width, height) -> None:
    records = seed_records()
    path = write(tmp_path, records, f"deep-{width}.html")
    target = records[-2]
    page = new_page(browser, width=width, height=height)
    try:
        open_report(page, path, "#s=" + target["id"].replace("#", "%23"))
        art = page.locator("article.seg.current")
        assert art.locator("p.mt").text_content() == target["mt"]
        box = page.evaluate("() => document.getElementById('filters-box').getBoundingClientRect().toJSON()")
        top = art.bounding_box()["y"]
        if box["bottom"] > 0 and box["top"] <= 0 + 1:  # the bar is stuck at the top
            assert box["height"] <= 0.4 * height
            assert top >= box["bottom"] - 1, "deep-linked segment starts under the filter bar"
        assert 0 <= top < height
        # what is drawn at the segment's first line is the segment, not the filter bar
        hit = page.evaluate("""() => { const a = document.querySelector('article.seg.current');
            const r = a.getBoundingClientRect(); const e = document.elementFromPoint(r.left + 20, r.top + 8);
            return !!e && a.contains(e); }""")
        assert hit
        if width < 900:
            assert (
                page.evaluate("() => getComputedStyle(document.getElementById('filters-box')).position")
                != "sticky"
            )
            assert page.evaluate("() => document.getElementById('filters-box').open") is False
            page.evaluate("() => window.scrollTo(0, 0)")
            page.screenshot(path=str(DOCS_IMG / "report-narrow.png"))
        assert page.errors == []
    finally:
        page.context.close()


def test_scores_are_behind_a_toggle_with_plain_labels(page, tmp_path) -> None:
    records = seed_records()[:6]
    records[0]["scores"] = {"len_ratio": 1.31, "e5_cos": 0.72, "num_missing": 0.0}
    open_report(page, write(tmp_path, records, "scores.html"))
    body = page.text_content("#segments")
    assert "len_ratio" not in body and "e5_cos" not in body and page.locator("dd.scores").count() == 0
    page.check("#show-scores")
    scores = page.locator("#seg-0 dd.scores li")
    assert scores.count() == 4  # three segment scores and the round trip's chrF
    labels = scores.locator(".score-label").all_text_contents()
    assert labels[:3] == [
        "length ratio Hindi/English",
        "meaning similarity to the source (0–1)",
        "source numbers missing in Hindi",
    ]
    assert scores.nth(0).get_attribute("title") == "len_ratio"
    assert scores.locator(".score-value").all_text_contents()[:3] == ["1.31", "0.72", "0"]
    page.uncheck("#show-scores")
    assert page.locator("dd.scores").count() == 0


def test_user_ids_and_file_line_col_locations(page, tmp_path) -> None:
    records = seed_records()[:3]
    records[0].update({"id": "loop1", "line": 3, "col": 5})
    records[1].update({"line": 7})  # a table row: file:line
    records[2].pop("line", None)
    open_report(page, write(tmp_path, records, "ids.html"))
    doc = records[0]["doc"]
    links = page.locator("article.seg a.permalink").all_text_contents()
    assert links[0] == f"{doc}:3:5" and links[1] == f"{doc}:7"
    assert page.locator("#seg-0 .uid").text_content().endswith("loop1")
    assert page.locator("#seg-1 .uid").count() == 0  # the made-up doc#n id is not shown as the user's id
    page.fill("#filter-search", "loop1")
    sync_api.expect(page.locator("article.seg")).to_have_count(1)


def test_shortcuts_follow_physical_keys_in_any_layout(page, tmp_path) -> None:
    records = seed_records()
    open_report(page, write(tmp_path, records, "keys.html"))
    flagged = [i for i, r in enumerate(records) if r["flagged"] or r["findings"]]

    def press(code: str, key: str, shift: bool = False) -> None:
        page.evaluate(
            "([code, key, shift]) => document.body.dispatchEvent(new KeyboardEvent('keydown', "
            "{code, key, shiftKey: shift, bubbles: true, cancelable: true}))",
            [code, key, shift],
        )

    def current() -> int:
        return int(page.locator("article.seg.current").get_attribute("data-ri"))

    press("KeyJ", "ज")  # Hindi InScript: the J key types ज
    assert current() == flagged[0]
    press("KeyJ", "J", shift=True)  # Shift (or Caps Lock) on
    assert current() == flagged[1]
    press("KeyK", "ह")
    assert current() == flagged[0]
    press("KeyD", "क")
    assert page.text_content("#count-dismissed") == "1"
    press("KeyA", "ो")
    assert page.text_content("#count-accepted") == "1"
    press("Slash", "य")
    assert page.evaluate("() => document.activeElement.id") == "filter-search"
    assert page.errors == []


def test_note_without_a_decision_is_exported_and_read_back(page, tmp_path) -> None:
    records = seed_records()
    open_report(page, write(tmp_path, records, "note.html"))
    first = page.locator("li.finding").first
    key = first.get_attribute("data-key")
    first.locator("input.note").fill("ask the desk about this name")
    with page.expect_download() as info:  # clicking Export right after typing: the note is not lost
        page.click("#export-json")
    exported = tmp_path / "d.json"
    info.value.save_as(exported)
    rows = json.loads(exported.read_text(encoding="utf-8"))["decisions"]
    assert [(r["key"], r["status"], r["note"]) for r in rows] == [
        (key, "open", "ask the desk about this name")
    ]
    assert page.text_content("#count-open") == str(sum(len(r["findings"]) for r in records))
    with page.expect_download() as info_csv:
        page.click("#export-csv")
    csv_path = tmp_path / "d.csv"
    info_csv.value.save_as(csv_path)
    assert load_decisions(csv_path).get(key).note == "ask the desk about this name"
    # the next run carries the note forward, still undecided
    rerun = seed_records()
    assert apply_decisions(rerun, load_decisions(exported)) == 1
    fresh = page.context.browser.new_context()
    p2 = fresh.new_page()
    open_report(p2, write(tmp_path, rerun, "note2.html"))
    li = p2.locator(f"li.finding[data-key='{key}']")
    assert li.locator("input.note").input_value() == "ask the desk about this name"
    assert "status-open" in li.get_attribute("class")
    fresh.close()


def test_not_hindi_badge_agrees_with_its_findings(page, tmp_path) -> None:
    seg = Segment(
        doc="d.txt",
        index=1,
        text="The results will be announced tomorrow.",
        lang="en",
        src="The results will be announced tomorrow.",
    )
    f = Finding(
        code="HI508",
        category="untranslated",
        severity="critical",
        start=0,
        end=len(seg.text),
        span=seg.text,
        message="the English source was copied, not translated",
    )
    copied = SegmentResult(segment=seg, findings=[f], risk=0.95, flagged=True).to_record()
    boiler = SegmentResult(segment=Segment(doc="d.txt", index=2, text="Advertisement", lang="en")).to_record()
    open_report(page, write(tmp_path, [copied, boiler], "lang.html"))
    badges = page.locator(".lang-badge").all_text_contents()
    assert "not checked" not in " ".join(badges)
    assert re.search(r"source checks found 1", badges[0]) and "Hindi rules skipped" in badges[1]
    assert page.locator("#seg-0 li.finding .code").text_content() == "HI508"
    totals = page.text_content(".meta")
    assert "not checked" not in totals and "source checks ran" in totals


def test_report_interface_in_hindi(page, tmp_path) -> None:
    records = [gloss_record()] + seed_records()[:8]
    open_report(page, write(tmp_path, records, "hi.html", lang="hi"))
    assert page.get_attribute("html", "lang") == "hi"
    assert page.text_content("h1") == "हिंदी मशीनी अनुवाद जाँच रिपोर्ट"
    assert page.text_content("#export-json") == "निर्णय निर्यात करें (JSON)"
    assert page.locator("li.finding button.accept").first.text_content() == "स्वीकारें"
    chips = page.locator(".chip[data-filter=category]")
    assert chips.filter(has_text="पद/उपाधि का शब्दशः अनुवाद").count() == 1  # title-calque in Hindi
    assert "शब्दार्थ" in page.locator("#seg-0 dl.side").text_content()
    assert "Showing" not in page.text_content("#status") and "खंड" in page.text_content("#status")
    page.screenshot(path=str(DOCS_IMG / "report-hindi.png"))
    assert page.errors == []


def test_real_run_shows_the_dictionary_gloss(page, tmp_path, seed000) -> None:
    """`audit run` without a model: flagged segments carry the FreeDict gloss, unsure senses marked."""
    from typer.testing import CliRunner

    from audit.cli import app
    from audit.roundtrip.gloss import find_dictionary

    if find_dictionary() is None:
        pytest.skip("Debian's dict-freedict-eng-hin is not installed")
    out = tmp_path / "seed.html"
    result = CliRunner().invoke(
        app, ["run", str(seed000), "-o", str(out), "--cache-dir", str(tmp_path / "c")]
    )
    assert result.exit_code == 0, result.output
    records = [json.loads(x) for x in out.with_suffix(".jsonl").read_text(encoding="utf-8").splitlines()]
    glossed = [i for i, r in enumerate(records) if (r.get("roundtrip") or {}).get("kind") == "gloss"]
    assert glossed and all(records[i]["flagged"] for i in glossed)
    open_report(page, out)
    assert page.locator("dd.gloss").count() == len(glossed)
    lows = sum(1 for i in glossed for w in records[i]["roundtrip"]["gloss_words"] if w["en"] and w["low"])
    assert page.locator("dd.gloss .g-low").count() == lows > 0
    first = page.locator(f"#seg-{glossed[0]}")
    assert "Word gloss" in first.locator("dl.side").text_content()
    first.evaluate("e => { e.scrollIntoView({block: 'start'}); window.scrollBy(0, -10); }")
    first.screenshot(path=str(DOCS_IMG / "report-gloss-seed.png"))
    assert page.errors == []
