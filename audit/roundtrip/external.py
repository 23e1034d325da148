"""Translations the user brings: a column of back-translations, or any Translator object.

* :class:`ColumnTranslator` (``--bt-col NAME``): the pipeline already produced a back-translation
  of each segment; it is read from the input table's column and used as the hi→en side of the
  round trip (HI601 compares it with the source). Nothing is translated, so there is no en→hi
  leg and no span back-translation (HI602).
* :func:`as_translator` (``Auditor(translator=obj)``): accepts any object with
  ``translate(texts, src_lang, tgt_lang) -> list[str]`` and fills in the optional attributes of the
  :class:`~audit.roundtrip.base.Translator` protocol (``backend``, ``model_id``, ``revision``,
  ``decoding``) when the object lacks them.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from audit.roundtrip.base import RoundTripError, Translator


class ColumnTranslator:
    """Hindi text → the back-translation given beside it in the input (``--bt-col``)."""

    backend = "column"
    decoding = "given"
    revision = "given"
    direction = ("hi", "en")
    supports_spans = False  # only whole segments have a given back-translation

    def __init__(self, by_text: Mapping[str, str], column: str = "bt") -> None:
        self.by_text = {k.strip(): v for k, v in by_text.items()}
        self.model_id = f"column {column!r}"
        self.column = column

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        if (src_lang, tgt_lang) != ("hi", "en"):
            raise RoundTripError(f"--bt-col gives hi→en back-translations only, not {src_lang}→{tgt_lang}")
        return [self.by_text.get(t.strip(), "") for t in texts]


class _Adapted:
    """An object with ``translate`` dressed as a full Translator."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.backend = str(getattr(inner, "backend", "custom"))
        self.model_id = str(getattr(inner, "model_id", type(inner).__name__))
        self.revision = str(getattr(inner, "revision", "custom"))
        self.decoding = str(getattr(inner, "decoding", "custom"))
        self.is_gloss = bool(getattr(inner, "is_gloss", False))
        self.supports_spans = bool(getattr(inner, "supports_spans", True))

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        out = list(self.inner.translate(list(texts), src_lang, tgt_lang))
        if len(out) != len(texts):
            raise RoundTripError(
                f"translator {self.model_id} returned {len(out)} translations for {len(texts)} texts"
            )
        return [str(o) for o in out]


def as_translator(obj: Any) -> Translator:
    """``obj`` as a :class:`Translator`; a TypeError names what is missing."""
    if not callable(getattr(obj, "translate", None)):
        raise TypeError(
            "a translator needs a method translate(texts: list[str], src_lang: str, tgt_lang: str) "
            f"-> list[str]; {type(obj).__name__} has none"
        )
    return _Adapted(obj)


def read_bt_column(paths: Any, mt_col: str, bt_col: str) -> dict[str, str]:
    """Hindi MT text → its given back-translation, from column ``bt_col`` of every table input.

    Errors (a text input, a row without the column) are :class:`~audit.core.io.InputError` naming
    the file and line, like the other readers'.
    """
    from pathlib import Path

    from audit.core.io import TABLE_SUFFIXES, InputError, expand_inputs, table_rows

    found: dict[str, str] = {}
    for path in expand_inputs(paths):
        path = Path(path)
        suffix = path.suffix.lower()
        if suffix not in TABLE_SUFFIXES:
            raise InputError(
                f"{path}: --bt-col {bt_col} needs a table input (.csv, .tsv, .jsonl) with that column"
            )
        for lineno, row in table_rows(path):
            if bt_col not in row:
                have = ", ".join(sorted(map(str, row))) or "none"
                raise InputError(f"{path}:{lineno}: no '{bt_col}' column (--bt-col; columns found: {have})")
            mt, bt = row.get(mt_col), row.get(bt_col)
            if mt is not None and bt is not None and str(bt).strip():
                found.setdefault(str(mt).strip(), str(bt).strip())
    return found
