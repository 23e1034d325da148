"""The user's own MT in the round trip: a command, an HTTP service (LibreTranslate, chat
completions) on a local server, a column of given back-translations, a Python object."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mt_fakes import FakeMTServer, command_for, fake_translate, write_line_program

from audit import Auditor
from audit.core.model import Segment, SegmentResult
from audit.roundtrip import ModelNotAvailableError, build_roundtripper
from audit.roundtrip.command import CommandError, CommandTranslator
from audit.roundtrip.external import ColumnTranslator, as_translator
from audit.roundtrip.http_backend import HTTPTranslateError, HTTPTranslator, detect_api, endpoint

TEXTS = ["सरकार ने नया बजट पेश किया।", "नेता की बैठक आज हुई।"]
SOURCES = ["The government presented a new budget.", "The leader's meeting happened today."]


def flagged_results() -> list[SegmentResult]:
    return [
        SegmentResult(Segment(doc="d.txt", index=i + 1, text=t, src=s), flagged=True)
        for i, (t, s) in enumerate(zip(TEXTS, SOURCES, strict=True))
    ]


# ----------------------------------------------------------------------------- command
def test_command_backend_round_trips_both_directions(tmp_path: Path) -> None:
    prog = write_line_program(tmp_path)
    rt, note = build_roundtripper(
        None, mt_command=command_for(prog, "{src}", "{tgt}"), cache_dir=tmp_path / "c", embed=False
    )
    assert note is None and rt is not None and not rt.is_gloss
    results = flagged_results()
    assert rt.run(results) == 2
    obj = results[0].roundtrip
    assert (
        obj["backtranslation"]
        == fake_translate(TEXTS[0], "hi", "en")
        == "government new budget presented did"
    )
    assert obj["roundtrip"] == fake_translate(obj["backtranslation"], "en", "hi")
    assert obj["model"].startswith("command: ") and "bt_chrf" in obj["scores"]
    # cached: the same texts again never start the program (a failing command proves it)
    rt2, _ = build_roundtripper(
        None, mt_command=command_for(prog, "{src}", "{tgt}"), cache_dir=tmp_path / "c", embed=False
    )
    rt2.hi_en.inner.command = command_for(prog, "--fail")
    results2 = flagged_results()
    rt2.run(results2)
    assert results2[0].roundtrip["backtranslation"] == obj["backtranslation"]


def test_command_without_placeholders_is_hi_en_only(tmp_path: Path) -> None:
    prog = write_line_program(tmp_path)
    rt, _ = build_roundtripper(None, mt_command=command_for(prog), cache_dir=tmp_path, embed=False)
    results = flagged_results()
    rt.run(results)
    assert results[1].roundtrip["backtranslation"] == "leader की meeting today happened"
    assert "roundtrip" not in results[1].roundtrip  # no en→hi leg


@pytest.mark.parametrize(
    "args, message",
    [
        (("--fail",), "exited with status 3: model file missing"),
        (("--drop",), "wrote 1 lines for 2 input lines"),
    ],
)
def test_command_failures_are_one_line_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    cmd = CommandTranslator(command_for(write_line_program(tmp_path), *args))
    with pytest.raises(CommandError, match=message):
        cmd.translate(TEXTS, "hi", "en")


def test_command_missing_program_and_timeout(tmp_path: Path) -> None:
    with pytest.raises(CommandError, match="program not found: no-such-mt-program"):
        CommandTranslator("no-such-mt-program --x").translate(["क"], "hi", "en")
    with pytest.raises(CommandError, match="did not finish"):
        CommandTranslator("sleep 5", timeout=0.3).translate(["क"], "hi", "en")


def test_command_sends_one_line_per_segment(tmp_path: Path) -> None:
    cmd = CommandTranslator(command_for(write_line_program(tmp_path)))
    assert cmd.translate(["सरकार\nबजट", "नेता"], "hi", "en") == ["government budget", "leader"]


# ----------------------------------------------------------------------------- http
def test_api_detection_and_endpoints() -> None:
    assert detect_api("http://h:5000") == "libretranslate"
    assert detect_api("http://h:8000/v1") == "openai"
    assert detect_api("http://h:8000/v1/chat/completions") == "openai"
    assert endpoint("http://h:5000/", "libretranslate") == "http://h:5000/translate"
    assert endpoint("http://h:8000/v1", "openai") == "http://h:8000/v1/chat/completions"
    assert endpoint("http://h:11434", "openai") == "http://h:11434/v1/chat/completions"


def test_libretranslate_round_trip_with_cache(tmp_path: Path) -> None:
    with FakeMTServer() as server:
        rt, note = build_roundtripper(None, mt_url=server.url, cache_dir=tmp_path, embed=False)
        assert note is None
        results = flagged_results()
        rt.run(results)
        assert results[0].roundtrip["backtranslation"] == "government new budget presented did"
        assert results[0].roundtrip["roundtrip"] == fake_translate(
            "government new budget presented did", "en", "hi"
        )
        paths = {r["path"] for r in server.requests}
        assert paths == {"/translate"}
        assert {(r["body"]["source"], r["body"]["target"]) for r in server.requests} >= {
            ("hi", "en"),
            ("en", "hi"),
        }
        sent = len(server.requests)
        rt2, _ = build_roundtripper(None, mt_url=server.url, cache_dir=tmp_path, embed=False)
        results2 = flagged_results()
        rt2.run(results2)
        assert len(server.requests) == sent  # all from the sqlite cache
        assert results2[0].roundtrip == results[0].roundtrip


def test_chat_completions_prompt_model_and_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AUDIT_MT_API_KEY", "sk-test")
    with FakeMTServer() as server:
        rt, _ = build_roundtripper("llama-3-8b", mt_url=server.url + "/v1", cache_dir=tmp_path, embed=False)
        results = flagged_results()
        rt.run(results)
        assert results[1].roundtrip["backtranslation"] == "leader की meeting today happened"
        first = server.requests[0]
        assert first["path"] == "/v1/chat/completions" and first["auth"] == "Bearer sk-test"
        body = first["body"]
        assert body["model"] == "llama-3-8b" and body["temperature"] == 0
        assert body["messages"][0]["content"].startswith(
            "You are a translation engine. Translate the user's message from Hindi to English."
        )
        assert body["messages"][1]["content"] in TEXTS


def test_chat_completions_needs_a_model_name() -> None:
    from audit.roundtrip import BackendUnavailableError

    with pytest.raises(BackendUnavailableError, match="needs --mt-model"):
        HTTPTranslator("http://127.0.0.1:9/v1")


def test_http_retries_with_backoff_then_succeeds() -> None:
    with FakeMTServer(fail_first=2) as server:
        http = HTTPTranslator(server.url, retries=3, backoff=0.05, concurrency=1)
        assert http.translate(["सरकार"], "hi", "en") == ["government"]
        assert len(server.requests) == 3 and http.requests == 3


def test_http_gives_up_after_retries_and_does_not_retry_client_errors() -> None:
    with FakeMTServer(fail_first=100) as server:
        http = HTTPTranslator(server.url, retries=2, backoff=0.01)
        t0 = time.monotonic()
        with pytest.raises(HTTPTranslateError, match="no translation after 3 attempts \\(HTTP 503"):
            http.translate(["सरकार"], "hi", "en")
        assert len(server.requests) == 3
        assert time.monotonic() - t0 < 5  # Retry-After: 0 from the server is honoured
    with FakeMTServer() as server:
        http = HTTPTranslator(server.url + "/nowhere/translate", retries=3, backoff=0.01)
        with pytest.raises(HTTPTranslateError, match="HTTP 404"):
            http.translate(["सरकार"], "hi", "en")
        assert len(server.requests) == 1


def test_http_timeout_and_unreachable_server() -> None:
    with FakeMTServer(delay=1.0) as server:
        http = HTTPTranslator(server.url, timeout=0.2, retries=1, backoff=0.01)
        with pytest.raises(HTTPTranslateError, match="after 2 attempts"):
            http.translate(["सरकार"], "hi", "en")
    http = HTTPTranslator("http://127.0.0.1:9", timeout=0.5, retries=0)
    with pytest.raises(HTTPTranslateError, match="after 1 attempts"):
        http.translate(["सरकार"], "hi", "en")


def test_http_concurrency_is_limited() -> None:
    with FakeMTServer(delay=0.15) as server:
        http = HTTPTranslator(server.url, concurrency=3)
        texts = [f"सरकार {i}" for i in range(12)]
        out = http.translate(texts, "hi", "en")
        assert out == [f"government {i}" for i in range(12)]  # order kept
        assert server.max_active == 3


# ----------------------------------------------------------------------------- column, object, named model
def test_column_back_translations_feed_hi601() -> None:
    given = {TEXTS[0]: "The government presented a new budget.", TEXTS[1]: "Cats are sleeping on the roof."}
    auditor = Auditor(translator=ColumnTranslator(given, "bt"))
    results = auditor.check(TEXTS, sources=SOURCES)
    assert [r.roundtrip["backtranslation"] for r in results if r.roundtrip] == [
        given[r.segment.text] for r in results if r.roundtrip
    ]


def test_auditor_accepts_any_object_with_translate() -> None:
    class MyMT:
        def __init__(self) -> None:
            self.calls = 0

        def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
            self.calls += 1
            return [fake_translate(t, src_lang, tgt_lang) for t in texts]

    mt = MyMT()
    auditor = Auditor(select=["HI4"], translator=mt, back_translator=mt, roundtrip="all")
    results = auditor.check(TEXTS, sources=SOURCES)
    assert mt.calls >= 2
    assert results[0].roundtrip["backtranslation"] == "government new budget presented did"
    assert results[0].roundtrip["model"] == "MyMT"
    with pytest.raises(TypeError, match="needs a method translate"):
        as_translator(object())


def test_explicitly_named_absent_model_is_an_error_with_the_fetch_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    monkeypatch.setenv("AUDIT_MODELS_DIR", str(tmp_path / "models"))
    with pytest.raises(
        ModelNotAvailableError,
        match="run `audit models fetch opus-mt-hi-en` \\(hi→en\\) and "
        "`audit models fetch opus-mt-en-hi` \\(en→hi\\)",
    ):
        build_roundtripper("opus-mt-hi-en", cache_dir=tmp_path)
