"""Offline word/phrase gloss Hindi → English from FreeDict's English–Hindi dictionary.

Used only when no neural model is present, and always shown as a *gloss*, never as a
translation. The dictionary (FreeDict eng-hin, IIIT Hyderabad, GPL-2.0-or-later) is NOT shipped
with this Apache-2.0 project: it is read at run time from where Debian's ``dict-freedict-eng-hin``
package installs it (``/usr/share/dictd``), or from ``$AUDIT_FREEDICT_DIR``.

A reverse lookup (Hindi → the English headwords whose senses list the Hindi word) is often
unsure: राज्य is listed under *state*, *realm*, *kingdom* and, with the qualifier "of a duke",
*duchy*; रूसी only under *dandruff*. :meth:`GlossTranslator.gloss_words` therefore ranks the
headwords (unqualified first sense, single word, common English word first) and marks a word
``low`` when the choice is unsure: ``several`` candidate headwords, a ``narrow`` (qualified)
sense, or a ``rare`` English word (WordNet lists it but SemCor never tags it; WordNet's index is
read at run time from the folder :func:`audit.lang.wordnet.wordnet_dir` decides — Debian's
``wordnet-base``, ``$AUDIT_WORDNET_DIR`` or ``$WNHOME`` — and the check is skipped without it).
"""

from __future__ import annotations

import gzip
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from audit.core.text import ALNUM_WORD_RE
from audit.lang.function_words import ENGLISH_GLOSS_FUNCTION_WORDS
from audit.lang.wordnet import index_fields, wordnet_dir
from audit.roundtrip.base import ModelNotAvailableError, check_direction, register_backend

DICT_NAME = "freedict-eng-hin"
DEFAULT_DIRS = (Path("/usr/share/dictd"), Path("/usr/local/share/dictd"))
_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_SENSE = re.compile(r"^\s*\d+\.\s+(.+)$")
_HEAD = re.compile(r"^(?P<head>[^/<]+?)\s*(?:/[^/]*/)?\s*(?:<[^>]*>)?\s*$")
_DEVA_WORD = ALNUM_WORD_RE
# Inflectional endings tried (longest first) when a word is not in the dictionary as written.
_SUFFIXES = ("ियों", "ाओं", "ाएं", "ाएँ", "ियां", "ियाँ", "ों", "ें", "ीं", "ाँ", "ां", "े", "ी", "ा")
_SPECIAL = {
    "00databasealphabet",
    "00databasedictfmt1130",
    "00databaseinfo",
    "00databaseshort",
    "00databaseurl",
    "00databaseutf8",
}


def _b64(s: str) -> int:
    n = 0
    for ch in s:
        n = n * 64 + _B64.index(ch)
    return n


def find_dictionary(folder: Path | None = None) -> Path | None:
    """The folder holding ``freedict-eng-hin.index`` and ``.dict.dz``/``.dict``, or None."""
    env = os.environ.get("AUDIT_FREEDICT_DIR")
    for d in ([folder] if folder else []) + ([Path(env)] if env else []) + list(DEFAULT_DIRS):
        if (
            d
            and (d / f"{DICT_NAME}.index").is_file()
            and ((d / f"{DICT_NAME}.dict.dz").is_file() or (d / f"{DICT_NAME}.dict").is_file())
        ):
            return d
    return None


def _clean_hindi(term: str) -> str:
    term = re.sub(r"\{[^}]*\}|\([^)]*\)", "", term)
    return " ".join(term.replace("~", " ").split())


_FUNCTION_WORDS = ENGLISH_GLOSS_FUNCTION_WORDS  # what it holds and why: audit/lang/function_words.py


@dataclass(frozen=True)
class Sense:
    """One English headword listing a Hindi term: its sense number and any qualifier ({ड्यूक~का})."""

    head: str
    sense: int
    qualifier: str = ""


def _qualifier(term: str) -> str:
    found = re.findall(r"\{([^}]*)\}|\(([^)]*)\)", term)
    return " ".join(" ".join(x for x in pair if x).replace("~", " ").strip() for pair in found).strip()


@lru_cache(maxsize=4)
def load_senses(folder: Path) -> dict[str, list[Sense]]:
    """Hindi word/phrase → every (English headword, sense number, qualifier) that lists it."""
    data_file = folder / f"{DICT_NAME}.dict.dz"
    raw = gzip.open(data_file).read() if data_file.is_file() else (folder / f"{DICT_NAME}.dict").read_bytes()
    senses: dict[str, list[Sense]] = {}
    for line in (folder / f"{DICT_NAME}.index").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3 or parts[0] in _SPECIAL:
            continue
        entry = raw[_b64(parts[1]) : _b64(parts[1]) + _b64(parts[2])].decode("utf-8", "replace")
        lines = entry.splitlines()
        m = _HEAD.match(lines[0]) if lines else None
        head = (m.group("head") if m else parts[0]).strip()
        number = 0
        for ln in lines[1:]:
            sense = _SENSE.match(ln)
            if not sense:
                continue
            number += 1
            for term in re.split(r"[,;]", sense.group(1)):
                hindi = _clean_hindi(term)
                if hindi and _DEVA_WORD.search(hindi):
                    found = senses.setdefault(hindi, [])
                    if not any(s.head == head for s in found):
                        found.append(Sense(head, number, _qualifier(term)))
    return senses


def find_wordnet(folder: Path | None = None) -> Path | None:
    """``folder`` if given, else :func:`audit.lang.wordnet.wordnet_dir`; None without ``index.noun``."""
    d = folder or wordnet_dir()
    if (d / "index.noun").is_file():
        return d
    return None


@lru_cache(maxsize=2)
def load_wordnet_counts(folder: Path) -> dict[str, int]:
    """English lemma → senses tagged in SemCor (WordNet ``index.*``: field ``tagsense_cnt``)."""
    counts: dict[str, int] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for f in index_fields(pos, folder):
            try:
                p_cnt = int(f[3])
                tagged = int(f[5 + p_cnt])
            except (IndexError, ValueError):
                continue
            lemma = f[0].replace("_", " ")
            counts[lemma] = counts.get(lemma, 0) + tagged
    return counts


def _rank(sense: Sense, counts: dict[str, int]) -> tuple[object, ...]:
    """Sort key of a candidate headword: unqualified, first sense, single word, common, short."""
    head = sense.head.lower()
    rare = counts.get(head) == 0 and head not in _FUNCTION_WORDS
    return (bool(sense.qualifier), sense.sense > 1, " " in head, rare, -counts.get(head, 0), len(head))


@lru_cache(maxsize=4)
def load_inverted(folder: Path) -> dict[str, list[str]]:
    """Hindi word/phrase → English headwords, best first (see :func:`_rank`)."""
    wordnet = find_wordnet()
    counts = load_wordnet_counts(wordnet) if wordnet else {}
    return {
        hindi: [s.head for s in sorted(found, key=lambda s: _rank(s, counts))]
        for hindi, found in load_senses(folder).items()
    }


class GlossTranslator:
    """Word-by-word (longest phrase first) Hindi → English gloss. Not a translation."""

    backend = "gloss"
    decoding = "gloss-ranked"
    direction = ("hi", "en")
    is_gloss = True

    def __init__(self, folder: Path | None = None, max_phrase: int = 3, **_: object) -> None:
        found = find_dictionary(folder)
        if found is None:
            raise ModelNotAvailableError(
                "no gloss dictionary: install Debian's dict-freedict-eng-hin or set AUDIT_FREEDICT_DIR"
            )
        self.folder = found
        self.model_id = f"{DICT_NAME} (word gloss)"
        idx = found / f"{DICT_NAME}.index"
        self.revision = f"{idx.stat().st_size}-{int(idx.stat().st_mtime)}"
        self.max_phrase = max_phrase

    @property
    def table(self) -> dict[str, list[str]]:
        """Loaded on first use (about a second), so a cached run never parses the dictionary."""
        return load_inverted(self.folder)

    def _entry(self, word: str) -> str | None:
        """The dictionary form under which ``word`` is listed (itself, or a stem without its ending)."""
        if word in self.table:
            return word
        for suf in _SUFFIXES:
            if word.endswith(suf) and len(word) > len(suf) + 1:
                stem = word[: -len(suf)]
                for cand in (stem, stem + "ा", stem + "ी", stem + "ना"):
                    if cand in self.table:
                        return cand
        return None

    def lookup(self, word: str) -> str | None:
        entry = self._entry(word)
        return self.table[entry][0] if entry else None

    def _word(self, hindi: str, entry: str) -> dict[str, object]:
        """One glossed word: the English chosen, other candidates, and why it is unsure (or None)."""
        heads = self.table[entry]
        senses = {s.head: s for s in load_senses(self.folder).get(entry, [])}
        best = senses.get(heads[0])
        wordnet = find_wordnet()
        counts = load_wordnet_counts(wordnet) if wordnet else {}
        top = heads[0].lower()
        low: str | None = None
        note = ""
        if top in _FUNCTION_WORDS:
            pass  # postpositions and particles: the gloss only orients the reader
        elif best is not None and best.qualifier:
            low, note = "narrow", best.qualifier
        elif counts.get(top) == 0:
            low = "rare"
        elif any(self._rival(senses.get(h), counts, counts.get(top, 0)) for h in heads[1:]):
            low = "several"
        out: dict[str, object] = {"hi": hindi, "en": heads[0], "alts": heads[1:4], "low": low}
        if note:
            out["note"] = note
        if entry != hindi:
            out["entry"] = entry
        return out

    @staticmethod
    def _rival(sense: Sense | None, counts: dict[str, int], top_count: int) -> bool:
        """Another unqualified first sense at least a quarter as common as the chosen one."""
        return (
            sense is not None
            and not sense.qualifier
            and sense.sense == 1
            and counts.get(sense.head.lower(), 0) * 4 >= top_count
        )

    def gloss_words(self, text: str) -> list[dict[str, object]]:
        """The gloss of ``text`` word by word (longest phrase first): ``{"hi", "en", "alts", "low"}``.

        ``en`` is None for a word the dictionary lacks; ``low`` is None, ``"several"``, ``"narrow"``
        or ``"rare"`` (see the module docstring).
        """
        words = _DEVA_WORD.findall(text) if _DEVA_WORD.search(text) else text.split()
        out: list[dict[str, object]] = []
        i = 0
        while i < len(words):
            for n in range(min(self.max_phrase, len(words) - i), 0, -1):
                phrase = " ".join(words[i : i + n])
                entry = phrase if phrase in self.table else (self._entry(phrase) if n == 1 else None)
                if entry:
                    out.append(self._word(phrase, entry))
                    i += n
                    break
            else:
                out.append({"hi": words[i], "en": None, "alts": [], "low": None})
                i += 1
        return out

    def gloss_one(self, text: str) -> str:
        return " ".join(str(w["en"]) if w["en"] else f"[{w['hi']}]" for w in self.gloss_words(text))

    def translate(self, texts: list[str], src_lang: str, tgt_lang: str) -> list[str]:
        check_direction(self.direction, src_lang, tgt_lang, self.model_id)
        return [self.gloss_one(t) for t in texts]


@register_backend("gloss")
def make_gloss(model: object = None, **options: object) -> GlossTranslator:
    folder = options.pop("folder", None)
    return GlossTranslator(folder if isinstance(folder, Path) else None)
