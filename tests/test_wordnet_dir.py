"""audit.lang.wordnet.wordnet_dir: the one place WordNet's folder is decided."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.lang import wordnet
from audit.roundtrip import gloss


def test_audit_wordnet_dir_wins_over_wnhome(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("AUDIT_WORDNET_DIR", str(tmp_path / "a"))
    monkeypatch.setenv("WNHOME", str(tmp_path / "b"))
    assert wordnet.wordnet_dir() == tmp_path / "a"


def test_wnhome_alone_is_honoured(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("AUDIT_WORDNET_DIR", raising=False)
    monkeypatch.setenv("WNHOME", str(tmp_path))
    assert wordnet.wordnet_dir() == tmp_path


def test_default_without_either(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AUDIT_WORDNET_DIR", raising=False)
    monkeypatch.delenv("WNHOME", raising=False)
    assert wordnet.wordnet_dir() in wordnet.DEFAULT_DIRS


def test_gloss_follows_the_same_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WNHOME", str(tmp_path))
    monkeypatch.delenv("AUDIT_WORDNET_DIR", raising=False)
    assert gloss.find_wordnet() is None  # no index.noun there
    (tmp_path / "index.noun").write_text("dog n 1 0 1 0 02084071\n", encoding="utf-8")
    assert gloss.find_wordnet() == tmp_path
