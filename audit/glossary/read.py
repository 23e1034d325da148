"""Glossary readers: CSV/TSV with a header, and TBX (ISO 30042), into validated :class:`Term` entries.

Every problem is a :class:`GlossaryError` (an :class:`~audit.io.InputError`: one line naming the
file and line, exit 2). TBX is read with the standard library's expat parser; entity
declarations are refused and external entities never fetched, so nothing is ever expanded.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.parsers import expat

from audit.core.io import InputError, decode_bytes, read_bytes
from audit.core.text import DEVANAGARI_RE

COLUMNS_REQUIRED = ("english", "hindi")
COLUMNS_OPTIONAL = ("forbidden", "case", "note")
CASES = {
    "": "auto",
    "auto": "auto",
    "sensitive": "sensitive",
    "case-sensitive": "sensitive",
    "yes": "sensitive",
    "true": "sensitive",
    "1": "sensitive",
    "y": "sensitive",
    "exact": "sensitive",
    "match": "sensitive",
    "insensitive": "insensitive",
    "case-insensitive": "insensitive",
    "no": "insensitive",
    "false": "insensitive",
    "0": "insensitive",
    "n": "insensitive",
    "ignore": "insensitive",
}
DELIMITED = {".csv": ",", ".tsv": "\t", ".tab": "\t"}
TBX_SUFFIXES = {".tbx", ".xml"}

# A term is matched literally: characters that only make sense in a regex are refused.
_REGEX_CHARS = re.compile(r"[\\^$*+?()\[\]{}|<>]")
# Hindi forms may use the calque lexicon's inflection macros: {N:…} {A:…} {V:…} or {कर}.
_MACRO = re.compile(r"\{(?:([NAV]):)?([^{}:|]+(?:\|[^{}:|]+)*)\}")
_DEPRECATED = ("deprecated", "superseded", "notrecommended", "forbidden", "obsolete")


class GlossaryError(InputError):
    """A glossary file is unreadable or an entry is malformed (one line: ``file:line: what``)."""


@dataclass(frozen=True)
class Term:
    """One glossary entry. ``hindi[0]`` is the preferred form (the suggestion)."""

    english: tuple[str, ...]  # source terms (synonyms), as written
    hindi: tuple[str, ...]  # allowed renderings, NFC; may hold inflection macros
    forbidden: tuple[str, ...] = ()
    case: str = "auto"  # auto | sensitive | insensitive (English side)
    note: str = ""
    origin: str = ""  # "file:line" for messages

    @property
    def label(self) -> str:
        return self.english[0]


@dataclass(frozen=True)
class Glossary:
    terms: tuple[Term, ...]
    paths: tuple[str, ...] = ()

    @property
    def fingerprint(self) -> str:
        """Content hash (part of the result-cache key): same entries, same fingerprint."""
        h = hashlib.sha256()
        for t in self.terms:
            h.update(repr((t.english, t.hindi, t.forbidden, t.case, t.note)).encode("utf-8"))
        return h.hexdigest()[:16]

    def __len__(self) -> int:
        return len(self.terms)


def display(form: str) -> str:
    """A Hindi form as an editor should type it: macros reduced to their first word."""
    return _MACRO.sub(lambda m: m.group(2).split("|")[0].strip(), form)


# ---- validation shared by both readers ---------------------------------------------------------


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


def _alternatives(value: str, column: str, where: str, *, required: bool) -> tuple[str, ...]:
    value = value.strip()
    if not value:
        if required:
            raise GlossaryError(f"{where}: empty '{column}' term")
        return ()
    parts = [_nfc(p) for p in _split_alternatives(value)]
    if any(not p for p in parts):
        raise GlossaryError(
            f"{where}: empty alternative in '{column}' ({value!r}); separate forms with one '|'"
        )
    return tuple(dict.fromkeys(parts))


def _split_alternatives(value: str) -> list[str]:
    """Split on '|' outside {…} macros ({लगा|दे} keeps its bar)."""
    out: list[str] = []
    cur: list[str] = []
    depth = 0
    for ch in value:
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        if ch == "|" and depth == 0:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    out.append("".join(cur))
    return out


def _check_english(term: str, where: str) -> None:
    bad = _REGEX_CHARS.search(term)
    if bad:
        raise GlossaryError(
            f"{where}: English term {term!r} looks like a regex ({bad.group()!r}); "
            "terms are matched literally (inflections are added for you): write the term itself"
        )
    if not re.search(r"[A-Za-z0-9]", term):
        raise GlossaryError(f"{where}: English term {term!r} has no letters")


def _check_hindi(form: str, column: str, where: str) -> None:
    bare = _MACRO.sub("", form)
    bad = _REGEX_CHARS.search(bare)
    if bad:
        raise GlossaryError(
            f"{where}: '{column}' form {form!r} looks like a regex ({bad.group()!r}); forms are "
            "matched literally (write {N:word}, {A:word} or {verb} for inflections)"
        )
    if "." in bare:
        raise GlossaryError(
            f"{where}: '{column}' form {form!r} contains '.'; write the form without punctuation"
        )
    if not DEVANAGARI_RE.search(form):
        raise GlossaryError(f"{where}: '{column}' form {form!r} has no Devanagari")


def make_term(english: str, hindi: str, forbidden: str, case: str, note: str, where: str) -> Term:
    """Validate one entry's cells (shared by the CSV and TBX readers)."""
    eng = _alternatives(english, "english", where, required=True)
    for e in eng:
        _check_english(e, where)
    hin = _alternatives(hindi, "hindi", where, required=True)
    bad = _alternatives(forbidden, "forbidden", where, required=False)
    for form in hin:
        _check_hindi(form, "hindi", where)
    for form in bad:
        _check_hindi(form, "forbidden", where)
    clash = set(hin) & set(bad)
    if clash:
        raise GlossaryError(f"{where}: {sorted(clash)[0]!r} is both an allowed and a forbidden form")
    mode = CASES.get(case.strip().lower())
    if mode is None:
        raise GlossaryError(f"{where}: case {case!r} is not one of auto, sensitive, insensitive")
    return Term(english=eng, hindi=hin, forbidden=bad, case=mode, note=" ".join(note.split()), origin=where)


# ---- CSV / TSV ---------------------------------------------------------------------------------


def _rows_delimited(path: Path, text: str, sep: str) -> Iterator[tuple[int, dict[str, str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep)
    header: list[str] | None = None
    line = 1
    try:
        for row in reader:
            start, line = line, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if header is None:
                header = [h.strip().lower() for h in row]
                _check_header(path, start, header)
                continue
            if len(row) > len(header):
                raise GlossaryError(
                    f"{path}:{start}: {len(row)} cells but the header has {len(header)} columns"
                )
            yield start, {h: (row[i] if i < len(row) else "") for i, h in enumerate(header)}
    except csv.Error as exc:
        raise GlossaryError(f"{path}:{reader.line_num}: cannot parse: {exc}") from None
    if header is None:
        raise GlossaryError(
            f"{path}:1: empty glossary (expected a header: english, hindi[, forbidden, case, note])"
        )


def _check_header(path: Path, line: int, header: list[str]) -> None:
    for col in COLUMNS_REQUIRED:
        if col not in header:
            raise GlossaryError(
                f"{path}:{line}: missing column '{col}' (header needs english, hindi; optional: "
                f"{', '.join(COLUMNS_OPTIONAL)})"
            )
    for col in header:
        if col not in COLUMNS_REQUIRED + COLUMNS_OPTIONAL:
            raise GlossaryError(
                f"{path}:{line}: unknown column '{col}' (known: "
                f"{', '.join(COLUMNS_REQUIRED + COLUMNS_OPTIONAL)})"
            )
    dup = {c for c in header if header.count(c) > 1}
    if dup:
        raise GlossaryError(f"{path}:{line}: column '{sorted(dup)[0]}' appears twice")


def read_delimited(path: Path, sep: str) -> list[Term]:
    text = decode_bytes(path, read_bytes(path))
    first = text.lstrip("\r\n").split("\n", 1)[0]
    if sep == "," and "," not in first and ";" in first:
        sep = ";"  # a spreadsheet saved with the European list separator
    return [
        make_term(
            row["english"],
            row["hindi"],
            row.get("forbidden", ""),
            row.get("case", ""),
            row.get("note", ""),
            f"{path}:{line}",
        )
        for line, row in _rows_delimited(path, text, sep)
    ]


# ---- TBX ---------------------------------------------------------------------------------------


def _local(name: str) -> str:
    return name.rsplit(":", 1)[-1].rsplit("}", 1)[-1]


@dataclass
class _TbxEntry:
    line: int
    english: list[str]
    hindi: list[tuple[str, str]]  # (term, status)
    notes: list[str]
    case: str = ""


class _TbxReader:
    """Streams termEntry/conceptEntry elements out of a TBX file with their line numbers."""

    ENTRY = {"termEntry", "conceptEntry"}
    LANG = {"langSet", "langSec"}
    TERM_GROUP = {"tig", "ntig", "termSec", "termGrp"}
    NOTES = {"note", "definition"}

    def __init__(self, path: Path) -> None:
        self.path = path
        self.entries: list[_TbxEntry] = []
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.entry: _TbxEntry | None = None
        self.lang: str = ""
        self.term: str | None = None
        self.status: str = ""
        self.text: list[str] = []
        p = expat.ParserCreate()
        p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        p.StartElementHandler = self._start
        p.EndElementHandler = self._end
        p.CharacterDataHandler = self.text.append
        p.EntityDeclHandler = self._entity
        p.UnparsedEntityDeclHandler = self._entity
        p.ExternalEntityRefHandler = self._external
        p.SkippedEntityHandler = self._skipped
        self.parser = p

    def _where(self) -> str:
        return f"{self.path}:{self.parser.CurrentLineNumber}"

    def _entity(self, *args: object) -> None:
        raise GlossaryError(
            f"{self._where()}: entity declarations are not allowed in a glossary "
            "(entities are never expanded); remove the <!ENTITY …> lines"
        )

    def _external(self, *args: object) -> int:
        raise GlossaryError(
            f"{self._where()}: external entities are not allowed (entities are never expanded)"
        )

    def _skipped(self, name: str, is_param: int) -> None:
        raise GlossaryError(f"{self._where()}: undefined entity &{name}; (entities are never expanded)")

    def _start(self, name: str, attrs: dict[str, str]) -> None:
        tag = _local(name)
        self.stack.append((tag, attrs))
        if tag in self.ENTRY:
            self.entry = _TbxEntry(self.parser.CurrentLineNumber, [], [], [])
        elif tag in self.LANG:
            self.lang = (attrs.get("xml:lang") or attrs.get("lang") or "").lower()
        elif tag in self.TERM_GROUP and tag != "termGrp":
            self.term, self.status = None, ""
        self.text.clear()

    def _end(self, name: str) -> None:
        tag, attrs = self.stack.pop()
        text = "".join(self.text).strip()
        self.text.clear()
        entry = self.entry
        if entry is None:
            return
        kind = (attrs.get("type") or "").strip()
        if tag == "term":
            self.term = text
        elif tag == "termNote" and kind in ("administrativeStatus", "normativeAuthorization"):
            self.status = text
        elif tag in ("termNote", "descrip") and kind.lower() in ("case", "x-case"):
            entry.case = text
        elif tag == "note" or (tag == "descrip" and kind in self.NOTES):
            if text:
                entry.notes.append(text)
        elif tag in self.TERM_GROUP and tag != "termGrp":
            self._add_term()
        elif tag in self.ENTRY:
            self.entries.append(entry)
            self.entry = None

    def _add_term(self) -> None:
        assert self.entry is not None
        if self.term is None:
            return
        if self.lang.startswith("en"):
            self.entry.english.append(self.term)
        elif self.lang.startswith("hi"):
            self.entry.hindi.append((self.term, self.status))
        self.term = None

    def read(self) -> list[_TbxEntry]:
        data = read_bytes(self.path)
        try:
            self.parser.Parse(data, True)
        except expat.ExpatError as exc:
            raise GlossaryError(
                f"{self.path}:{exc.lineno}: not well-formed TBX/XML ({expat.ErrorString(exc.code)})"
            ) from None
        return self.entries


def read_tbx(path: Path) -> list[Term]:
    terms = []
    for e in _TbxReader(path).read():
        where = f"{path}:{e.line}"
        allowed = [t for t, s in e.hindi if not _is_deprecated(s)]
        preferred = [t for t, s in e.hindi if "preferred" in s.lower()]
        allowed = preferred + [t for t in allowed if t not in preferred]
        forbidden = [t for t, s in e.hindi if _is_deprecated(s)]
        if not e.english:
            raise GlossaryError(
                f"{where}: empty 'english' term (no <langSet xml:lang=\"en\"> term in this entry)"
            )
        if not allowed:
            raise GlossaryError(
                f"{where}: empty 'hindi' term (no allowed <langSet xml:lang=\"hi\"> term in this entry)"
            )
        terms.append(
            make_term(
                "|".join(e.english), "|".join(allowed), "|".join(forbidden), e.case, " ".join(e.notes), where
            )
        )
    return terms


def _is_deprecated(status: str) -> bool:
    s = status.lower().replace(" ", "")
    return any(k in s for k in _DEPRECATED)


# ---- entry point -------------------------------------------------------------------------------


def read_file(path: Path) -> list[Term]:
    suffix = path.suffix.lower()
    if suffix in DELIMITED or suffix in TBX_SUFFIXES:
        terms = read_delimited(path, DELIMITED[suffix]) if suffix in DELIMITED else read_tbx(path)
        if not terms:
            raise GlossaryError(f"{path}: no glossary entries (a header or an empty TBX body only)")
        return terms
    if not path.exists():
        raise GlossaryError(f"{path}: no such file or directory")
    raise GlossaryError(
        f"{path}: unsupported glossary type {suffix or '(no extension)'!r}; use .csv, .tsv or .tbx"
    )


def load_glossary(paths: Iterable[str | Path] | str | Path) -> Glossary:
    """Read and merge glossary files; a term (case-folded) defined twice is an error."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    names = [Path(p) for p in paths]
    terms: list[Term] = []
    seen: dict[str, str] = {}
    for path in names:
        for term in read_file(path):
            for e in term.english:
                key = " ".join(e.replace("-", " ").split()).casefold()
                if key in seen:
                    raise GlossaryError(
                        f"{term.origin}: English term {e!r} is already defined at {seen[key]}"
                    )
                seen[key] = term.origin
            terms.append(term)
    return Glossary(terms=tuple(terms), paths=tuple(str(p) for p in names))


def as_glossary(value: Glossary | Sequence[str | Path] | str | Path | None) -> Glossary | None:
    """What ``Auditor(glossary=…)`` accepts: a loaded glossary, a path, or paths."""
    if value is None or isinstance(value, Glossary):
        return value
    if isinstance(value, (str, Path)):
        return load_glossary([value])
    return load_glossary(list(value)) if len(value) else None
