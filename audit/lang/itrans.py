"""Devanagari → ITRANS exactly as indic-transliteration writes it, without importing it at run time.

``indic_transliteration.sanscript`` reads all of its 88 schemes' TOML files when it is imported
(~0.1 s of CPU at every start, for the one mapping :mod:`audit.lang.phonetic` uses). The
Devanagari → ITRANS scheme map is kept instead as a derived table (:mod:`audit.core.derived`,
built from the library once per machine and keyed on its version), and :func:`to_itrans` runs
the library's own Brahmic-to-Roman walk over it (``sanscript.brahmic_mapper._brahmic``, MIT
licence, restated below for this one pair of schemes): the same output for every input
(``tests/test_fast_paths.py`` compares them on every Hindi word wordfreq lists and on random
strings of Devanagari signs).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any


def to_itrans(data: str) -> str:
    """``sanscript.transliterate(data, sanscript.DEVANAGARI, sanscript.ITRANS)``."""
    m = _scheme_map()
    data = _replace_shortcuts(data, m["from_shortcuts"], undo=True)
    if m["accent_re"] is not None:
        data = m["accent_re"].sub(r"\2\1", data)
    vowel_marks: dict[str, str] = m["vowel_marks"]
    virama: dict[str, str] = m["virama"]
    consonants: frozenset[str] = m["consonants"]
    non_marks_viraama: dict[str, str] = m["non_marks_viraama"]
    to_roman: bool = m["to_roman"]
    width: int = m["max_key_length"]
    buf: list[str] = []
    append = buf.append
    i = 0
    had_consonant = found = False
    n = len(data)
    while i <= n:
        token = data[i : i + width]
        while token:
            if len(token) == 1:
                if token in vowel_marks:
                    append(vowel_marks[token])
                elif token in virama:
                    append(virama[token])
                else:
                    if had_consonant:
                        append("a")
                    append(non_marks_viraama.get(token, token))
                found = True
            elif token in non_marks_viraama:
                if had_consonant:
                    append("a")
                append(non_marks_viraama[token])
                found = True
            if found:
                had_consonant = to_roman and token in consonants
                i += len(token)
                break
            token = token[:-1]
        if not found:  # not in the scheme: end a lingering consonant, copy the character
            if had_consonant:
                append(next(iter(virama.values())))
            if i < n:
                append(data[i])
                had_consonant = False
            i += 1
        found = False
    if had_consonant:
        append("a")
    return _replace_shortcuts("".join(buf), m["to_shortcuts"], undo=False)


def _replace_shortcuts(data: str, shortcuts: dict[str, str], undo: bool) -> str:
    """``Scheme.unapply_shortcuts`` (``undo``) / ``Scheme.apply_shortcuts``."""
    for key, shortcut in shortcuts.items():
        if undo:
            if shortcut in key:
                data = data.replace(key, shortcut)
            data = data.replace(shortcut, key)
        else:
            if key in shortcut:
                data = data.replace(shortcut, key)
            data = data.replace(key, shortcut)
    return data


@lru_cache(maxsize=1)
def _scheme_map() -> dict[str, Any]:
    raw = _raw_scheme_map()
    accents = raw["accents"]
    accent_re = None
    if raw["to_roman"] and accents:
        signs = "".join(re.escape(c) for c in raw["yogavaahas"])
        marks = "".join(re.escape(c) for c in accents)
        accent_re = re.compile(f"([{signs}])([{marks}])")
    return {**raw, "consonants": frozenset(raw["consonants"]), "accent_re": accent_re}


def _raw_scheme_map() -> dict[str, Any]:
    import hashlib
    from importlib.metadata import version

    from audit.core.derived import derived, fingerprint

    key = hashlib.sha256(
        f"{fingerprint()}\0indic-transliteration {version('indic_transliteration')}".encode()
    ).hexdigest()[:24]
    return dict(derived("itrans-scheme-map", key, _build))


def _build() -> dict[str, Any]:
    """The library's Devanagari → ITRANS ``SchemeMap``, as JSON."""
    from indic_transliteration import sanscript

    sm = sanscript.SchemeMap(sanscript.SCHEMES[sanscript.DEVANAGARI], sanscript.SCHEMES[sanscript.ITRANS])
    return {
        "vowel_marks": dict(sm.vowel_marks),
        "virama": dict(sm.virama),
        "consonants": sorted(sm.consonants),
        "non_marks_viraama": dict(sm.non_marks_viraama),
        "accents": list(sm.accents),
        "yogavaahas": list(sm.from_scheme["yogavaahas"]),
        "max_key_length": sm.max_key_length_from_scheme,
        "to_roman": bool(sm.to_scheme.is_roman),
        "from_shortcuts": dict(sm.from_scheme.get("shortcuts", {})),
        "to_shortcuts": dict(sm.to_scheme.get("shortcuts", {})),
    }
